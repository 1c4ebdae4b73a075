using Boona.Domain.Searches;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Searches;

public sealed class ResumeDueSearchesTests
{
    [Theory, EveryProvider]
    public async Task Pauses_that_ended_today_or_earlier_resume_and_a_second_run_finds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.CreateContext())
        {
            foreach (var (name, until) in new (string, DateOnly?)[]
            {
                ("Today", Build.Today), ("Earlier", Build.Today.AddDays(-3)), ("Tomorrow", Build.Today.AddDays(1)), ("OpenEnded", null), ("Active", null),
            })
            {
                var patient = Build.QualifiedPatient(name);
                seed.Patients.Add(patient);
                await seed.SaveChangesAsync(Token);
                var search = PlacementSearch.Start(patient.Id, Build.Now.AddDays(-30));
                if (name != "Active")
                {
                    search.Pause(until, "Urlaub", DateOnly.FromDateTime(Build.Now.AddDays(-20).UtcDateTime), Build.Now.AddDays(-20), null);
                }

                seed.Searches.Add(search);
            }

            await seed.SaveChangesAsync(Token);
        }

        var job = new ResumeDueSearches(database.Factory, new FakeTimeProvider(Build.Now));
        var reported = new List<int>();

        var first = await job.RunAsync(new Progress(reported), Token);
        var second = await job.RunAsync(null, Token);

        Assert.Equal((2, 0), (first, second));
        Assert.Equal([2], reported);
        await using var context = database.CreateContext();
        var states = await context.Searches.Join(context.Patients, s => s.PatientId, p => p.Id, (s, p) => new { p.LastName, s.Status, s.PausedUntil })
            .OrderBy(r => r.LastName).ToListAsync(Token);
        Assert.Equal(
            ["Active:Active", "Earlier:Active", "OpenEnded:Paused", "Today:Active", "Tomorrow:Paused"],
            states.Select(s => $"{s.LastName}:{s.Status}"));
        var resumed = await context.Searches.AsNoTracking().Where(s => s.Status == SearchStatus.Active && s.Events.Any(e => e.Kind == SearchEventKind.Resumed)).CountAsync(Token);
        Assert.Equal(2, resumed);
    }

    [Theory, EveryProvider]
    public async Task More_searches_than_one_batch_all_resume(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var count = ResumeDueSearches.BatchSize + 3;
        await using (var seed = database.CreateContext())
        {
            var patients = Enumerable.Range(0, count).Select(i => Build.Patient($"P{i}")).ToList();
            seed.Patients.AddRange(patients);
            await seed.SaveChangesAsync(Token);
            seed.Searches.AddRange(patients.Select(p =>
            {
                var search = PlacementSearch.Start(p.Id, Build.Now.AddDays(-30));
                search.Pause(Build.Today.AddDays(-1), null, DateOnly.FromDateTime(Build.Now.AddDays(-20).UtcDateTime), Build.Now.AddDays(-20), null);
                return search;
            }));
            await seed.SaveChangesAsync(Token);
        }

        var resumed = await new ResumeDueSearches(database.Factory, new FakeTimeProvider(Build.Now)).RunAsync(null, Token);

        Assert.Equal(count, resumed);
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Searches.CountAsync(s => s.Status == SearchStatus.Paused, Token));
    }

    private sealed class Progress(List<int> reported) : IProgress<int>
    {
        public void Report(int value) => reported.Add(value);
    }
}
