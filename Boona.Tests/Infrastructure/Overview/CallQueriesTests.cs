using Boona.Domain.Outreach;
using Boona.Infrastructure.Calls;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Overview;

public sealed class CallQueriesTests
{
    [Theory, EveryProvider]
    public async Task Calls_due_today_come_earliest_first_with_the_therapist(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (active, pending) = await WorkSeed.AddAsync(database);
        var queries = new CallQueries(database.Factory, new FakeTimeProvider(Build.Now));

        var page = await queries.ListAsync(CallDue.Today, 0, 10, Token);

        Assert.Equal(2, page.Total);
        Assert.Equal([active.Id, pending.Id], page.Rows.Select(r => r.TherapistId));
        Assert.Equal("Dr. Anna Aktiv", page.Rows[0].TherapistName);
        Assert.Equal("0221 123456", page.Rows[0].Phone);
        Assert.Equal([PhoneCallPurpose.FollowUp, PhoneCallPurpose.Inquiry], page.Rows.Select(r => r.Purpose));
    }

    [Theory, EveryProvider]
    public async Task All_planned_calls_are_paged_and_done_calls_left_out(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await WorkSeed.AddAsync(database);
        var queries = new CallQueries(database.Factory, new FakeTimeProvider(Build.Now));

        var first = await queries.ListAsync(CallDue.All, 0, 2, Token);
        var second = await queries.ListAsync(CallDue.All, 2, 2, Token);

        Assert.Equal(3, first.Total);
        Assert.Equal(2, first.Rows.Count);
        var last = Assert.Single(second.Rows);
        Assert.True(last.PlannedAt > first.Rows[1].PlannedAt);
    }
}
