using Boona.Infrastructure.Common;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Boona.Tests.Infrastructure.Jobs;

/// <summary>Admins change the schedule of a job that allows it: stored, applied to the trigger at once and again at the next start.</summary>
public sealed class JobScheduleTests
{
    private const string Weekly = "test-weekly";

    [Theory, EveryProvider]
    public async Task A_changed_schedule_is_the_triggers_next_fire_time_at_once_and_after_a_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var input = new JobScheduleInput { Days = [DayOfWeek.Wednesday, DayOfWeek.Saturday], Time = "14:30" };
        await using (var host = await JobHost.StartAsync(database, Register))
        {
            Assert.Equal(NextAt([DayOfWeek.Monday], new TimeOnly(9, 0)), await NextFireAsync(host));

            var changed = await host.Services.GetRequiredService<JobScheduleCommands>().ChangeAsync(Weekly, input, "admin@boona.test", Token);

            Assert.True(changed.IsSuccess, string.Join("; ", changed.Errors.Select(e => e.Message)));
            Assert.Equal(NextAt([DayOfWeek.Wednesday, DayOfWeek.Saturday], new TimeOnly(14, 30)), await NextFireAsync(host));
            var overview = (await host.Services.GetRequiredService<JobQueries>().GetOverviewAsync(1, Token)).Single(j => j.Name == Weekly);
            Assert.Equal(("0 30 14 ? * WED,SAT", "Mi, Sa 14:30"), (overview.Cron, overview.Weekly!.Describe()));
        }

        await using var restarted = await JobHost.StartAsync(database, Register);

        Assert.Equal(NextAt([DayOfWeek.Wednesday, DayOfWeek.Saturday], new TimeOnly(14, 30)), await NextFireAsync(restarted));
        await using var context = database.CreateContext();
        var stored = await context.JobSchedules.SingleAsync(Token);
        Assert.Equal((Weekly, "0 30 14 ? * WED,SAT", "admin@boona.test"), (stored.JobName, stored.Cron, stored.ChangedBy));
    }

    [Fact]
    public async Task A_schedule_without_a_day_or_with_a_bad_time_is_refused_per_field_and_changes_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await JobHost.StartAsync(database, Register);
        var schedules = host.Services.GetRequiredService<JobScheduleCommands>();

        var refused = await schedules.ChangeAsync(Weekly, new JobScheduleInput { Days = [], Time = "25:00" }, "admin@boona.test", Token);
        var fixedOne = await schedules.ChangeAsync(CountingJob.Name, new JobScheduleInput { Days = [DayOfWeek.Monday], Time = "10:00" }, "admin@boona.test", Token);
        var unknown = await schedules.ChangeAsync("no-such-job", new JobScheduleInput { Days = [DayOfWeek.Monday], Time = "10:00" }, "admin@boona.test", Token);

        Assert.Equal([("job.schedule.days", "Days"), ("job.schedule.time", "Time")], refused.Errors.Select(e => (e.Code, e.Field!)));
        Assert.Equal("job.schedule.fixed", fixedOne.FirstError!.Code);
        Assert.Equal("job.unknown", unknown.FirstError!.Code);
        Assert.Equal(NextAt([DayOfWeek.Monday], new TimeOnly(9, 0)), await NextFireAsync(host));
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.JobSchedules.CountAsync(Token));
    }

    [Fact]
    public void A_weekly_schedule_reads_back_from_its_cron_and_nothing_else()
    {
        var schedule = WeeklySchedule.Create([DayOfWeek.Sunday, DayOfWeek.Monday, DayOfWeek.Monday], "7:05").Value;

        Assert.Equal("0 5 7 ? * MON,SUN", schedule.ToCron());
        Assert.Equal(schedule.ToCron(), WeeklySchedule.FromCron(schedule.ToCron())!.ToCron());
        Assert.Equal([DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday], WeeklySchedule.FromCron("0 30 7 ? * MON-FRI")!.Days);
        Assert.Null(WeeklySchedule.FromCron("0 15 6 * * ?"));
        Assert.Null(WeeklySchedule.FromCron("0 0 25 ? * MON"));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddBoonaJob<CountingJob>("test-bad", "0 0 3 * * ?", scheduleEditable: true));
    }

    private static void Register(IServiceCollection services)
    {
        JobRunTests.Register(services);
        services.AddBoonaJob<WeeklyJob>(Weekly, "0 0 9 ? * MON", scheduleEditable: true);
    }

    private static async Task<DateTimeOffset?> NextFireAsync(JobHost host)
    {
        var scheduler = await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler(Token);
        return (await scheduler.GetTrigger(new TriggerKey(Weekly + ".schedule", JobDefinition.Group), Token))?.NextFireTimeUtc;
    }

    /// <summary>The first of these weekdays at this German time after now, counted by hand.</summary>
    private static DateTimeOffset NextAt(DayOfWeek[] days, TimeOnly at)
    {
        var now = DateTimeOffset.UtcNow;
        var today = BoonaTime.ToLocalDate(now);
        return Enumerable.Range(0, 15).Select(today.AddDays)
            .Where(d => days.Contains(d.DayOfWeek))
            .Select(d => BoonaTime.AtLocal(d, at))
            .First(t => t > now)
            .ToUniversalTime();
    }
}

[DisallowConcurrentExecution]
internal sealed class WeeklyJob(JobRunRecorder recorder, Microsoft.Extensions.Logging.ILogger<WeeklyJob> logger) : BoonaJob(recorder, logger)
{
    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) => Task.CompletedTask;
}
