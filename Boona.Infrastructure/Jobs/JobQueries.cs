using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>One run as the Jobs page shows it.</summary>
public sealed record JobRunView(
    long Id,
    JobTriggerKind Trigger,
    string? TriggeredBy,
    DateTimeOffset StartedAt,
    DateTimeOffset? FinishedAt,
    JobRunStatus Status,
    int ItemsDone,
    int? ItemsTotal,
    int Errors,
    string? Message)
{
    public bool IsRunning => Status == JobRunStatus.Running;

    /// <summary>0–100 when the total is known, else null.</summary>
    public int? Percent => ItemsTotal is > 0 and var total ? Math.Clamp(ItemsDone * 100 / total, 0, 100) : null;
}

/// <summary>
/// A job with its schedule in force (an admin's, else the default) and its latest runs, newest first; an editable one
/// also as weekdays and time.
/// </summary>
public sealed record JobOverview(string Name, string? Cron, string? StartedFrom, DateTimeOffset? NextFireAt, IReadOnlyList<JobRunView> LastRuns, bool ScheduleEditable = false)
{
    public JobRunView? Running => LastRuns.FirstOrDefault(r => r.IsRunning);

    /// <summary>The schedule as the editor shows it; null unless <see cref="ScheduleEditable"/>.</summary>
    public WeeklySchedule? Weekly => ScheduleEditable ? WeeklySchedule.FromCron(Cron) : null;
}

public sealed class JobQueries(
    IDbContextFactory<BoonaDbContext> contextFactory,
    IEnumerable<JobDefinition> definitions,
    ISchedulerFactory schedulerFactory,
    TimeProvider clock)
{
    public async Task<IReadOnlyList<JobOverview>> GetOverviewAsync(int runsPerJob, CancellationToken cancellationToken)
    {
        var jobs = definitions.OrderBy(d => d.Name, StringComparer.Ordinal).ToList();
        var names = jobs.Select(j => j.Name).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        // The latest N runs of every job in one statement: one index-ordered LIMIT per job, glued by UNION ALL.
        var runs = await names
            .Select(name => context.JobRuns.AsNoTracking().Where(r => r.JobName == name).OrderByDescending(r => r.StartedAt).Take(runsPerJob))
            .Aggregate(context.JobRuns.AsNoTracking().Where(_ => false), (all, latest) => all.Concat(latest))
            .ToListAsync(cancellationToken);
        var stored = await context.JobSchedules.AsNoTracking().ToDictionaryAsync(s => s.JobName, s => s.Cron, cancellationToken);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        var staleBefore = clock.GetUtcNow() - JobRunRecorder.AbandonedAfter;
        var overviews = new List<JobOverview>();
        foreach (var job in jobs)
        {
            var trigger = job.Cron is null ? null : await scheduler.GetTrigger(job.ScheduleKey, cancellationToken);
            var lastRuns = runs.Where(r => r.JobName == job.Name)
                .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                .Select(r => View(r, staleBefore))
                .ToList();
            var cron = job.ScheduleEditable && stored.TryGetValue(job.Name, out var changed) ? changed : job.Cron;
            overviews.Add(new JobOverview(job.Name, cron, job.StartedFrom, trigger?.NextFireTimeUtc, lastRuns, job.ScheduleEditable));
        }

        return overviews;
    }

    public async Task<JobRunView?> GetRunAsync(long runId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var run = await context.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken);
        return run is null ? null : View(run, clock.GetUtcNow() - JobRunRecorder.AbandonedAfter);
    }

    private static JobRunView View(JobRun run, DateTimeOffset staleBefore) => new(
        run.Id,
        run.Trigger,
        run.TriggeredBy,
        run.StartedAt,
        run.FinishedAt,
        run.Status == JobRunStatus.Running && run.HeartbeatAt < staleBefore ? JobRunStatus.Abandoned : run.Status,
        run.ItemsDone,
        run.ItemsTotal,
        run.Errors,
        run.Message);
}
