using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using SchedulerFactory = Quartz.ISchedulerFactory;

namespace Boona.Tests.Infrastructure.Jobs;

public sealed class ClusteredStoreTests
{
    [Fact]
    public async Task On_PostgreSQL_two_instances_share_one_schedule_and_run_each_firing_once()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var first = await JobHost.StartAsync(database, JobRunTests.Register);
        await using var second = await JobHost.StartAsync(database, JobRunTests.Register);

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await first.RunNowAsync(CountingJob.Name)).IsSuccess);
            Assert.True((await second.RunNowAsync(CountingJob.Name)).IsSuccess);
        }

        var runs = await JobHost.WaitForFinishedRunsAsync(database.Factory, CountingJob.Name, 6);
        var executions = first.Services.GetRequiredService<JobProbe>().Executions + second.Services.GetRequiredService<JobProbe>().Executions;
        Assert.Equal(6, runs.Count);
        Assert.Equal(6, executions);
        Assert.All(runs, r => Assert.Equal(JobRunStatus.Succeeded, r.Status));
        var firstScheduler = await first.Services.GetRequiredService<SchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        var secondScheduler = await second.Services.GetRequiredService<SchedulerFactory>().GetScheduler(TestContext.Current.CancellationToken);
        Assert.NotEqual(firstScheduler.SchedulerInstanceId, secondScheduler.SchedulerInstanceId);
        var schedule = await secondScheduler.GetTrigger(new JobDefinition(CountingJob.Name, typeof(CountingJob), null).ScheduleKey, TestContext.Current.CancellationToken);
        Assert.NotNull(schedule?.NextFireTimeUtc);
    }
}
