using Boona.Domain.Searches;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Infrastructure.Jobs;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Infrastructure.Searches;

public sealed class ResumeDueSearchesJobTests
{
    [Theory, EveryProvider]
    public async Task The_job_resumes_a_search_whose_pause_ended_and_records_the_count(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.CreateContext())
        {
            var patient = Build.QualifiedPatient();
            seed.Patients.Add(patient);
            await seed.SaveChangesAsync(Token);
            var search = PlacementSearch.Start(patient.Id, DateTimeOffset.UtcNow.AddDays(-30));
            search.Pause(DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)), "Urlaub", DateOnly.FromDateTime(DateTimeOffset.UtcNow.AddDays(-20).UtcDateTime), DateTimeOffset.UtcNow.AddDays(-20), null);
            seed.Searches.Add(search);
            await seed.SaveChangesAsync(Token);
        }

        await using var host = await JobHost.StartAsync(database, services => services.AddSearches());

        Assert.True((await host.RunNowAsync(ResumeDueSearchesJob.Name)).IsSuccess);
        var run = Assert.Single(await JobHost.WaitForFinishedRunsAsync(database.Factory, ResumeDueSearchesJob.Name, 1));
        Assert.Equal((JobRunStatus.Succeeded, 1), (run.Status, run.ItemsDone));
        await using var context = database.CreateContext();
        Assert.Equal(SearchStatus.Active, (await context.Searches.SingleAsync(Token)).Status);
        Assert.Contains(host.Services.GetServices<JobDefinition>(), d => d.Name == ResumeDueSearchesJob.Name && d.Cron == ResumeDueSearchesJob.Schedule);
    }
}
