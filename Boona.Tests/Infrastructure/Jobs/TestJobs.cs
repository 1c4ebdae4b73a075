using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Tests.Infrastructure.Jobs;

/// <summary>Lets a test hold a running job at a point and release it.</summary>
internal sealed class JobProbe
{
    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Executions;
}

/// <summary>Counts three items, one of them failing when asked to.</summary>
[DisallowConcurrentExecution]
internal sealed class CountingJob(JobRunRecorder recorder, ILogger<CountingJob> logger, JobProbe probe) : BoonaJob(recorder, logger)
{
    public const string Name = "test-counting";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref probe.Executions);
        progress.SetTotal(3);
        progress.Advance(2);
        if (JobData.Get(context, "fail-one") == "yes")
        {
            progress.Error("Item 3 could not be handled.");
        }
        else
        {
            progress.Advance();
        }

        return Task.CompletedTask;
    }
}

[DisallowConcurrentExecution]
internal sealed class FailingJob(JobRunRecorder recorder, ILogger<FailingJob> logger) : BoonaJob(recorder, logger)
{
    public const string Name = "test-failing";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The directory answered 503.");
}

/// <summary>Reports 4 of 10 and waits for the test to release it.</summary>
[DisallowConcurrentExecution]
internal sealed class WaitingJob(JobRunRecorder recorder, ILogger<WaitingJob> logger, JobProbe probe) : BoonaJob(recorder, logger)
{
    public const string Name = "test-waiting";

    protected override async Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken)
    {
        progress.SetTotal(10);
        progress.Advance(4);
        progress.Note("Halfway there");
        await probe.Release.Task.WaitAsync(cancellationToken);
        progress.Advance(6);
    }
}
