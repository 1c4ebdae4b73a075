using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Geo.Refresh;

/// <summary>Nightly (and on demand): locates therapists and patients that have no location.</summary>
[DisallowConcurrentExecution]
public sealed class LocationRefreshJob(LocationRefresher refresher, JobRunRecorder recorder, ILogger<LocationRefreshJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "geocoding-refresh";

    /// <summary>02:30 German time, every night.</summary>
    public const string Schedule = "0 30 2 * * ?";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        refresher.RefreshAsync(progress, cancellationToken);
}
