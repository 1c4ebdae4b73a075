using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Infrastructure.Jobs;

public sealed class JobRunTests
{
    [Theory, EveryProvider]
    public async Task A_manual_run_is_recorded_with_its_user_progress_and_result(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await JobHost.StartAsync(database, Register);

        var started = await host.RunNowAsync(CountingJob.Name, "anna@boona.test");

        Assert.True(started.IsSuccess);
        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, CountingJob.Name, 1));
        Assert.Equal(JobRunStatus.Succeeded, run.Status);
        Assert.Equal(JobTriggerKind.Manual, run.Trigger);
        Assert.Equal("anna@boona.test", run.TriggeredBy);
        Assert.Equal((3, 3, 0), (run.ItemsDone, run.ItemsTotal!.Value, run.Errors));
        Assert.NotNull(run.FinishedAt);
        Assert.False(string.IsNullOrEmpty(run.InstanceId));
    }

    [Fact]
    public async Task Failed_items_complete_the_run_with_errors_and_the_last_message()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await JobHost.StartAsync(database, Register);

        await host.Services.GetRequiredService<JobCommands>().RunNowAsync(
            CountingJob.Name, "anna@boona.test", new Dictionary<string, string> { ["fail-one"] = "yes" }, TestContext.Current.CancellationToken);

        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, CountingJob.Name, 1));
        Assert.Equal(JobRunStatus.CompletedWithErrors, run.Status);
        Assert.Equal((2, 1), (run.ItemsDone, run.Errors));
        Assert.Equal("Item 3 could not be handled.", run.Message);
    }

    [Theory, EveryProvider]
    public async Task An_exception_fails_the_run_and_keeps_its_message(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await JobHost.StartAsync(database, Register);

        await host.RunNowAsync(FailingJob.Name);

        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, FailingJob.Name, 1));
        Assert.Equal(JobRunStatus.Failed, run.Status);
        Assert.Equal("The directory answered 503.", run.Message);
    }

    [Theory, EveryProvider]
    public async Task Progress_is_visible_while_the_job_runs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var host = await JobHost.StartAsync(database, Register);
        var queries = host.Services.GetRequiredService<JobQueries>();

        await host.RunNowAsync(WaitingJob.Name);
        var running = await WaitForRunningProgressAsync(queries);
        host.Services.GetRequiredService<JobProbe>().Release.SetResult();
        var finished = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, WaitingJob.Name, 1));

        Assert.Equal((4, 10, 40, "Halfway there"), (running.ItemsDone, running.ItemsTotal!.Value, running.Percent!.Value, running.Message));
        Assert.Equal((JobRunStatus.Succeeded, 10), (finished.Status, finished.ItemsDone));
    }

    [Fact]
    public async Task Runs_left_running_by_a_dead_process_are_marked_abandoned_at_start()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var longAgo = DateTimeOffset.UtcNow.AddHours(-2);
        await using (var context = database.CreateContext())
        {
            context.JobRuns.Add(new JobRun { JobName = CountingJob.Name, InstanceId = "dead", StartedAt = longAgo, HeartbeatAt = longAgo });
            await context.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await using var host = await JobHost.StartAsync(database, Register);

        await using var check = database.CreateContext();
        var run = await check.JobRuns.SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(JobRunStatus.Abandoned, run.Status);
    }

    [Fact]
    public async Task Run_now_refuses_an_unknown_job()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var host = await JobHost.StartAsync(database, Register);

        var result = await host.RunNowAsync("no-such-job");

        Assert.Equal("job.unknown", result.FirstError?.Code);
    }

    internal static void Register(IServiceCollection services)
    {
        services.AddSingleton<JobProbe>();
        services.AddBoonaJob<CountingJob>(CountingJob.Name, "0 0 3 * * ?");
        services.AddBoonaJob<FailingJob>(FailingJob.Name, null);
        services.AddBoonaJob<WaitingJob>(WaitingJob.Name, null);
    }

    private static async Task<JobRunView> WaitForRunningProgressAsync(JobQueries queries)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var overview = await queries.GetOverviewAsync(5, TestContext.Current.CancellationToken);
            var running = overview.Single(j => j.Name == WaitingJob.Name).Running;
            if (running is { ItemsDone: 4 } || DateTime.UtcNow > deadline)
            {
                return running ?? throw new Xunit.Sdk.XunitException("The job never showed as running.");
            }

            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
