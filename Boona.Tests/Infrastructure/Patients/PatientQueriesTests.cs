using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Patients;

/// <summary>Albers (50667, no search), Bode (50999, active 20 days), Cramer (51105, paused 5 days), Dietz (10115, cancelled).</summary>
public sealed class PatientQueriesTests
{
    [Theory, EveryProvider]
    public async Task Filters_run_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var queries = new PatientQueries(database.Factory, new FakeTimeProvider(Build.Now));

        async Task<IEnumerable<string>> Names(PatientListQuery query) => (await queries.ListAsync(query, Token)).Value.Items.Select(p => p.LastName);

        Assert.Equal(["Bode", "Cramer"], await Names(new() { Status = PatientStatus.Searching }));
        Assert.Equal(["Albers", "Bode"], await Names(new() { Region = "50" }));
        Assert.Equal(["Cramer"], await Names(new() { Region = "511" }));
        Assert.Equal(["Albers", "Dietz"], await Names(new() { SearchState = PatientSearchState.None }));
        Assert.Equal(["Bode"], await Names(new() { SearchState = PatientSearchState.Active }));
        Assert.Equal(["Cramer"], await Names(new() { SearchState = PatientSearchState.Paused }));
        Assert.Empty(await Names(new() { SearchState = PatientSearchState.Placed }));
        Assert.Equal(["Bode"], await Names(new() { MinWaitingDays = 6 }));
        Assert.Equal(["Bode", "Cramer"], await Names(new() { MinWaitingDays = 5 }));
        Assert.Equal(["Bode"], await Names(new() { Text = "BO" }));
        Assert.Equal(["Cramer"], await Names(new() { Text = "lea cr" }));
        Assert.Equal(["Albers"], await Names(new() { Region = "50", Status = PatientStatus.Open, SearchState = PatientSearchState.None }));
    }

    [Theory, EveryProvider]
    public async Task Sorting_paging_and_waiting_days(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await SeedAsync(database);
        var queries = new PatientQueries(database.Factory, new FakeTimeProvider(Build.Now));

        var longestWaiting = (await queries.ListAsync(new() { Sort = PatientSort.WaitingDays, Descending = true }, Token)).Value;
        var shortestWaiting = (await queries.ListAsync(new() { Sort = PatientSort.WaitingDays }, Token)).Value;
        var byPostalCode = (await queries.ListAsync(new() { Sort = PatientSort.PostalCode, Descending = true, Page = 1, PageSize = 2 }, Token)).Value;
        var byReference = (await queries.ListAsync(new() { Text = $"P-{ids["Dietz"]:D5}" }, Token)).Value;

        Assert.Equal(["Bode", "Cramer"], longestWaiting.Items.Take(2).Select(p => p.LastName));
        Assert.Equal([20, 5, null, null], longestWaiting.Items.Select(p => p.WaitingDays(Build.Today)));
        Assert.Equal(["Cramer", "Bode"], shortestWaiting.Items.Take(2).Select(p => p.LastName));
        Assert.Equal(4, byPostalCode.Total);
        Assert.Equal(["Albers", "Dietz"], byPostalCode.Items.Select(p => p.LastName));
        var dietz = Assert.Single(byReference.Items);
        Assert.Equal(($"P-{ids["Dietz"]:D5}", (int?)null, PatientStatus.SearchCancelled), (dietz.Reference, dietz.SearchId, dietz.Status));
    }

    [Theory, EveryProvider]
    public async Task A_region_that_is_not_digits_is_a_field_error(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await new PatientQueries(database.Factory, TimeProvider.System).ListAsync(new() { Region = "5a" }, Token);

        Assert.Equal(("region.invalid", "Region"), (result.FirstError!.Code, result.FirstError.Field));
    }

    [Theory, EveryProvider]
    public async Task The_patient_page_shows_the_checklist_and_the_searches_newest_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await SeedAsync(database);
        var queries = new PatientQueries(database.Factory, new FakeTimeProvider(Build.Now));

        var bode = await queries.GetAsync(ids["Bode"], Token);
        var dietz = await queries.GetAsync(ids["Dietz"], Token);

        Assert.Equal(SearchStatus.Active, bode!.OpenSearch!.Status);
        Assert.False(bode.MayStartSearch);
        Assert.Equal(["contracts", "consent", "diagnosis", "hours", "two-year-rule"], bode.Checks.Select(c => c.Code));
        Assert.Null(dietz!.OpenSearch);
        Assert.True(dietz.MayStartSearch);
        Assert.Equal("Umgezogen", Assert.Single(dietz.Searches).CancelReason);
        Assert.Null(await queries.GetAsync(ids.Values.Max() + 1, Token));
    }

    internal static async Task<Dictionary<string, int>> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var albers = Build.QualifiedPatient("Albers", "50667");
        var bode = Build.QualifiedPatient("Bode", "50999");
        var cramer = Patient.Register(Build.PersonalData("Cramer", "51105") with { FirstName = "Lea" }, Build.Now, Build.Today).Value;
        var dietz = Build.QualifiedPatient("Dietz", "10115");
        context.Patients.AddRange(albers, bode, cramer, dietz);
        await context.SaveChangesAsync(Token);

        var active = PlacementSearch.Start(bode.Id, Build.Now.AddDays(-20));
        bode.MarkSearching(Build.Today.AddDays(-20));
        var paused = PlacementSearch.Start(cramer.Id, Build.Now.AddDays(-5));
        cramer.MarkSearching(Build.Today.AddDays(-5));
        paused.Pause(null, "Urlaub", DateOnly.FromDateTime(Build.Now.AddDays(-4).UtcDateTime), Build.Now.AddDays(-4), null);
        var cancelled = PlacementSearch.Start(dietz.Id, Build.Now.AddDays(-30));
        dietz.MarkSearching(Build.Today.AddDays(-30));
        cancelled.Cancel("Umgezogen", Build.Now.AddDays(-29), null);
        dietz.MarkSearchCancelled();
        context.Searches.AddRange(active, paused, cancelled);
        await context.SaveChangesAsync(Token);
        return new() { ["Albers"] = albers.Id, ["Bode"] = bode.Id, ["Cramer"] = cramer.Id, ["Dietz"] = dietz.Id };
    }
}
