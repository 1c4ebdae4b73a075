using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Boona.Infrastructure.Jobs;

/// <summary>Who and what started a run, and on which node.</summary>
public sealed record JobRunStart(string JobName, JobTriggerKind Trigger, string? TriggeredBy, string InstanceId);

/// <summary>Writes job runs to <c>JobRuns</c>: a row at the start, progress while running, the result at the end.</summary>
public sealed class JobRunRecorder(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock, ILogger<JobRunRecorder> logger)
{
    /// <summary>How often changed progress is written while a job runs.</summary>
    public static readonly TimeSpan FlushInterval = TimeSpan.FromSeconds(1);

    /// <summary>How often an unchanged run still proves it is alive.</summary>
    public static readonly TimeSpan HeartbeatInterval = TimeSpan.FromSeconds(30);

    /// <summary>A running run without a heartbeat for this long was abandoned by its process.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(3);

    internal TimeProvider Clock => clock;

    internal ILogger Logger => logger;

    public async Task<RecordedRun> StartAsync(JobRunStart start, JobProgress progress, Action<int, string> report, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var run = new JobRun
        {
            JobName = start.JobName,
            Trigger = start.Trigger,
            TriggeredBy = start.TriggeredBy,
            InstanceId = start.InstanceId,
            StartedAt = now,
            HeartbeatAt = now,
        };
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            context.JobRuns.Add(run);
            await context.SaveChangesAsync(cancellationToken);
        }

        return new RecordedRun(this, run.Id, progress, report);
    }

    internal async Task WriteAsync(long runId, JobProgressSnapshot progress, JobRunStatus status, DateTimeOffset? finishedAt, string? message)
    {
        var now = clock.GetUtcNow();
        var text = message is { Length: > JobRun.MessageLength } ? message[..JobRun.MessageLength] : message;
        // Not cancellable: the end of a cancelled run must still be recorded.
        await using var context = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        await context.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(
            s => s.SetProperty(r => r.ItemsDone, progress.ItemsDone)
                .SetProperty(r => r.ItemsTotal, progress.ItemsTotal)
                .SetProperty(r => r.Errors, progress.Errors)
                .SetProperty(r => r.Message, text)
                .SetProperty(r => r.Status, status)
                .SetProperty(r => r.HeartbeatAt, now)
                .SetProperty(r => r.FinishedAt, finishedAt),
            CancellationToken.None);
    }
}
