using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>
/// The base of every Boona job: records the run (who started it, progress, result) in <c>JobRuns</c>
/// and turns an exception into a failed run instead of a Quartz retry storm. Subclasses stay thin:
/// they call one use-case service and report progress. Mark them <c>[DisallowConcurrentExecution]</c>.
/// </summary>
public abstract class BoonaJob(JobRunRecorder recorder, ILogger logger) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var user = JobData.Get(context, JobData.TriggeredBy);
        var start = new JobRunStart(
            context.JobDetail.Key.Name,
            user is null ? JobTriggerKind.Schedule : JobTriggerKind.Manual,
            user,
            context.Scheduler.SchedulerInstanceId);
        var progress = new JobProgress();
        await using var run = await recorder.StartAsync(start, progress, context.ReportProgress, cancellationToken);
        try
        {
            await RunAsync(context, progress, cancellationToken);
            var errors = progress.Snapshot().Errors;
            await run.FinishAsync(errors == 0 ? JobRunStatus.Succeeded : JobRunStatus.CompletedWithErrors, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await run.FinishAsync(JobRunStatus.Cancelled, null);
        }
        catch (JobFailedException failure)
        {
            logger.LogWarning("Job {Job} failed: {Reason}", start.JobName, failure.Message);
            await run.FinishAsync(JobRunStatus.Failed, failure.Message);
        }
        catch (Exception exception)
        {
            // Recorded and logged; rethrowing would only make Quartz log it a second time.
            logger.LogError(exception, "Job {Job} failed", start.JobName);
            await run.FinishAsync(JobRunStatus.Failed, exception.Message);
        }
    }

    protected abstract Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken);
}
