using Boona.Infrastructure.Geo.Refresh;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Infrastructure.Jobs;

public sealed class AppJobStoreTests
{
    [Fact]
    public async Task On_PostgreSQL_the_app_keeps_its_schedule_in_the_clustered_store_and_runs_jobs()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var app = new BoonaAppFactory(seedDemoData: false, new Dictionary<string, string>
        {
            ["Database:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = database.ConnectionString,
        });
        using var client = app.CreateClient();

        var started = await app.Services.GetRequiredService<JobCommands>().RunNowAsync(LocationRefreshJob.Name, "admin@boona.test", null, TestContext.Current.CancellationToken);

        Assert.True(started.IsSuccess);
        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, LocationRefreshJob.Name, 1));
        Assert.Equal(JobRunStatus.Succeeded, run.Status);
        await using var context = database.CreateContext();
        var schedules = await context.Database
            .SqlQueryRaw<string>($"SELECT trigger_name AS \"Value\" FROM {QuartzSchema.TablePrefix}triggers WHERE trigger_name = {{0}}", LocationRefreshJob.Name + ".schedule")
            .ToListAsync(TestContext.Current.CancellationToken);
        Assert.Single(schedules);
    }
}
