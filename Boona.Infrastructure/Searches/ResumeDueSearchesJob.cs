using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Searches;

/// <summary>Resumes paused searches whose pause ended; shortly after midnight and again in the morning in case the app was down.</summary>
[DisallowConcurrentExecution]
internal sealed class ResumeDueSearchesJob(ResumeDueSearches resumeDueSearches, JobRunRecorder recorder, ILogger<ResumeDueSearchesJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "resume-due-searches";

    public const string Schedule = "0 5 0,6 * * ?";

    protected override async Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        await resumeDueSearches.RunAsync(new RunningCount(progress), cancellationToken);

    /// <summary>Turns the running total of resumed searches into progress steps.</summary>
    private sealed class RunningCount(JobProgress progress) : IProgress<int>
    {
        private int _reported;

        public void Report(int value)
        {
            progress.Advance(value - _reported);
            _reported = value;
        }
    }
}
