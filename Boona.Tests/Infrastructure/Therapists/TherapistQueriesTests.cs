using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Therapists;

/// <summary>Each filter of the directory list, in the database of both providers.</summary>
public sealed class TherapistQueriesTests
{
    private static readonly Dictionary<string, (TherapistListQuery Query, string[] Expected)> Cases = new()
    {
        ["name-umlaut"] = (new() { Name = "özd" }, ["Özdemir"]),
        ["name-first"] = (new() { Name = "ANNA" }, ["Aber"]),
        ["name-contains"] = (new() { Name = "ber" }, ["Aber", "Bode"]),
        ["name-words"] = (new() { Name = "mer carl" }, ["Cramer"]),
        ["prefix-region"] = (new() { PostalPrefix = "50" }, ["Aber", "Özdemir"]),
        ["prefix-long"] = (new() { PostalPrefix = "511" }, ["Bode"]),
        ["prefix-invalid-ignored"] = (new() { PostalPrefix = "5x" }, ["Aber", "Bode", "Cramer", "Dietz", "Özdemir"]),
        ["city"] = (new() { City = "köln" }, ["Aber", "Bode", "Özdemir"]),
        ["city-prefix"] = (new() { City = "Mün" }, ["Dietz"]),
        ["status-active"] = (new() { Status = TherapistStatus.Active }, ["Aber", "Özdemir"]),
        ["status-pending"] = (new() { Status = TherapistStatus.PendingReview }, ["Bode"]),
        ["method"] = (new() { Method = TherapyMethod.St }, ["Bode", "Özdemir"]),
        ["kassensitz-no"] = (new() { HasKassensitz = false }, ["Cramer", "Özdemir"]),
        ["available"] = (new() { Available = true }, ["Aber", "Cramer", "Dietz"]),
        ["not-available"] = (new() { Available = false }, ["Bode", "Özdemir"]),
        ["knows-boona"] = (new() { KnowsBoona = true }, ["Aber", "Dietz"]),
        ["cooling"] = (new() { Cooling = true }, ["Özdemir"]),
        ["not-cooling"] = (new() { Cooling = false }, ["Aber", "Bode", "Cramer", "Dietz"]),
        ["combined"] = (new() { Status = TherapistStatus.Active, Available = true, PostalPrefix = "50" }, ["Aber"]),
    };

    public static TheoryData<DatabaseProvider, string> Filters()
    {
        var data = new TheoryData<DatabaseProvider, string>();
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            foreach (var name in Cases.Keys)
            {
                data.Add(provider, name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Each_filter_selects_the_matching_therapists(DatabaseProvider provider, string filter)
    {
        var (query, expected) = Cases[filter];
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);

        var page = await TherapistDirectory.Queries(database).ListAsync(query, Token);

        Assert.Equal(expected, page.Rows.Select(r => r.LastName));
        Assert.Equal(expected.Length, page.TotalCount);
    }

    [Theory, EveryProvider]
    public async Task Sorting_orders_by_the_chosen_column_in_both_directions(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);
        var queries = TherapistDirectory.Queries(database);

        async Task<string[]> Names(TherapistSort sort, bool descending) =>
            [.. (await queries.ListAsync(new TherapistListQuery { Sort = sort, Descending = descending }, Token)).Rows.Select(r => r.LastName)];

        Assert.Equal(["Özdemir", "Dietz", "Cramer", "Bode", "Aber"], await Names(TherapistSort.Name, true));
        Assert.Equal(["Cramer", "Aber", "Özdemir", "Bode", "Dietz"], await Names(TherapistSort.PostalCode, false));
        Assert.Equal(["Dietz", "Bode", "Özdemir", "Aber", "Cramer"], await Names(TherapistSort.City, true));
        Assert.Equal(["Aber", "Özdemir", "Cramer", "Dietz", "Bode"], await Names(TherapistSort.Status, false));
        Assert.Equal(["Özdemir", "Cramer", "Dietz", "Bode", "Aber"], await Names(TherapistSort.NextContactAllowedOn, true));
        Assert.Equal(["Cramer", "Özdemir", "Aber", "Bode", "Dietz"], await Names(TherapistSort.NextContactAllowedOn, false));
    }

    [Theory, EveryProvider]
    public async Task Pages_split_the_sorted_list_without_overlap(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);
        var queries = TherapistDirectory.Queries(database);

        var pages = new List<TherapistListPage>();
        for (var i = 0; i < 3; i++)
        {
            pages.Add(await queries.ListAsync(new TherapistListQuery { Page = i, PageSize = 2 }, Token));
        }

        Assert.Equal([["Aber", "Bode"], ["Cramer", "Dietz"], ["Özdemir"]], pages.Select(p => p.Rows.Select(r => r.LastName).ToArray()));
        Assert.All(pages, p => Assert.Equal(5, p.TotalCount));
    }

    [Theory, EveryProvider]
    public async Task A_row_carries_what_the_list_shows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);

        var rows = (await TherapistDirectory.Queries(database).ListAsync(new TherapistListQuery { Name = "özdemir" }, Token)).Rows;

        var row = Assert.Single(rows);
        Assert.Equal(
            ("Dr. Ömer Özdemir", "50999", "Köln", TherapistStatus.Active, false, false, Build.Today.AddDays(5), true),
            (row.DisplayName, row.PostalCode, row.City, row.Status, row.HasKassensitz, row.Available, row.NextContactAllowedOn, row.HasEmail));
        Assert.Equal([TherapyMethod.Tp, TherapyMethod.St], row.Methods);
    }
}
