using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Overview;

public sealed class TodaysWorkQueriesTests
{
    [Theory, EveryProvider]
    public async Task Each_count_applies_its_rule_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WorkSeed.AddAsync(database);
        var clock = new FakeTimeProvider(Build.Now);
        var queries = new TodaysWorkQueries(database.Factory, new SettingsStore(database.Factory, clock), clock);

        var work = await queries.GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new TodaysWork(CallsDue: 2, OverdueInquiries: 1, StaleSearches: 3, TherapistsPendingReview: 2), work);
    }

    [Theory, EveryProvider]
    public async Task The_follow_up_day_comes_from_the_settings(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WorkSeed.AddAsync(database);
        var clock = new FakeTimeProvider(Build.Now);
        var settings = new SettingsStore(database.Factory, clock);
        await settings.UpdateAsync(new Boona.Infrastructure.Settings.SettingsChange(new Dictionary<string, int> { ["FollowUpAfterDays"] = 2 }), "test", TestContext.Current.CancellationToken);

        var work = await new TodaysWorkQueries(database.Factory, settings, clock).GetAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, work.OverdueInquiries);
    }
}
