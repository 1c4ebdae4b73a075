using Boona.Domain.Common;
using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>Starts jobs on demand ("run now").</summary>
public sealed class JobCommands(IEnumerable<JobDefinition> definitions, ISchedulerFactory schedulerFactory, JobsOptions options)
{
    /// <summary>Asks the scheduler to run the job now; a run already under way finishes first.</summary>
    public async Task<Result> RunNowAsync(string jobName, string user, IReadOnlyDictionary<string, string>? parameters, CancellationToken cancellationToken)
    {
        var definition = definitions.FirstOrDefault(d => d.Name == jobName);
        if (definition is null)
        {
            return Result.Failure(UnknownJob(jobName));
        }

        if (!options.Enabled)
        {
            return Result.Failure(Error.Conflict("job.scheduler-disabled", "Jobs do not run in this process (Jobs:Enabled is false)."));
        }

        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);

        await scheduler.TriggerJob(definition.Key, JobData.Manual(user, parameters), cancellationToken);
        return Result.Success();
    }

    /// <summary>The refusal for a job name no job has; the schedule editor refuses with it too.</summary>
    internal static Error UnknownJob(string jobName) => Error.NotFound("job.unknown", $"There is no job named '{jobName}'.");
}
