using Boona.Domain.Common;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>
/// Admins change the schedule of a job that allows it (weekdays and a time, German time): stored in <c>JobSchedules</c>
/// and applied to the job's Quartz trigger at once; <see cref="ApplyStoredAsync"/> applies the stored ones at start.
/// </summary>
public sealed class JobScheduleCommands(
    IDbContextFactory<BoonaDbContext> contextFactory, IEnumerable<JobDefinition> definitions, ISchedulerFactory schedulerFactory, TimeProvider clock)
{
    public async Task<Result> ChangeAsync(string jobName, JobScheduleInput input, string by, CancellationToken cancellationToken)
    {
        var definition = definitions.FirstOrDefault(d => d.Name == jobName);
        if (definition is null)
        {
            return Result.Failure(JobCommands.UnknownJob(jobName));
        }

        if (!definition.ScheduleEditable)
        {
            return Result.Failure(Error.Conflict("job.schedule.fixed", $"The schedule of '{jobName}' cannot be changed.", nameof(JobScheduleInput.Days)));
        }

        var schedule = WeeklySchedule.Create(input.Days, input.Time);
        if (!schedule.IsSuccess)
        {
            return schedule;
        }

        var cron = schedule.Value.ToCron();
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stored = await context.JobSchedules.SingleOrDefaultAsync(s => s.JobName == jobName, cancellationToken);
            if (stored is null)
            {
                context.JobSchedules.Add(new JobSchedule { JobName = jobName, Cron = cron, ChangedAt = clock.GetUtcNow(), ChangedBy = by });
            }
            else
            {
                (stored.Cron, stored.ChangedAt, stored.ChangedBy) = (cron, clock.GetUtcNow(), by);
            }

            await context.SaveChangesAsync(cancellationToken);
        }

        await ApplyAsync(await schedulerFactory.GetScheduler(cancellationToken), definition, cron, cancellationToken);
        return Result.Success();
    }

    /// <summary>Puts every stored schedule of an editable job on its trigger (at start, after the code's defaults were scheduled).</summary>
    public async Task ApplyStoredAsync(CancellationToken cancellationToken)
    {
        var stored = await StoredAsync(cancellationToken);
        var scheduler = await schedulerFactory.GetScheduler(cancellationToken);
        foreach (var definition in definitions.Where(d => d.ScheduleEditable && stored.ContainsKey(d.Name)))
        {
            await ApplyAsync(scheduler, definition, stored[definition.Name], cancellationToken);
        }
    }

    /// <summary>The stored schedules by job name.</summary>
    private async Task<Dictionary<string, string>> StoredAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.JobSchedules.AsNoTracking().ToDictionaryAsync(s => s.JobName, s => s.Cron, cancellationToken);
    }

    private static async Task ApplyAsync(IScheduler scheduler, JobDefinition definition, string cron, CancellationToken cancellationToken)
    {
        var trigger = TriggerBuilder.Create()
            .ForJob(definition.Key)
            .WithIdentity(definition.ScheduleKey)
            .WithCronSchedule(cron, c => c.InTimeZone(BoonaTime.Zone))
            .Build();
        // Replaces the default (or an earlier change) under the same key; on the clustered store every instance sees it.
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Replace, cancellationToken);
    }
}

/// <summary>At start, before the scheduler runs: the schedules admins stored replace the code's defaults.</summary>
internal sealed class StoredJobSchedules(JobScheduleCommands schedules) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => schedules.ApplyStoredAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
