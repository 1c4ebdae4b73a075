using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Infrastructure.Therapists;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Therapists;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Therapists;

/// <summary>The list's filter: the bar produces the right filter, the URL drives the query, the page shows the matching rows.</summary>
public sealed class TherapistFilterTests : BoonaComponentContext
{
    [Fact]
    public void Typing_a_name_and_a_postal_prefix_produces_a_filter_with_both()
    {
        var filter = new TherapistFilter { Status = TherapistStatus.Active };
        var bar = Render<TherapistFilterBar>(p => p
            .Add(b => b.Filter, filter)
            .Add(b => b.FilterChanged, EventCallback.Factory.Create<TherapistFilter>(this, f => filter = f)));

        bar.Find("input[data-testid=filter-name]").Input("  Özdemir ");
        bar.WaitForAssertion(() => Assert.Equal("Özdemir", filter.Name));
        bar.Render(p => p.Add(b => b.Filter, filter));
        bar.Find("input[data-testid=filter-plz]").Input("50");

        bar.WaitForAssertion(() => Assert.Equal(new TherapistFilter { Status = TherapistStatus.Active, Name = "Özdemir", PostalPrefix = "50" }, filter));
    }

    [Fact]
    public void Reset_clears_every_filter()
    {
        TherapistFilter? changed = null;
        var bar = Render<TherapistFilterBar>(p => p
            .Add(b => b.Filter, new TherapistFilter { Name = "x", Cooling = true, Method = TherapyMethod.St })
            .Add(b => b.FilterChanged, EventCallback.Factory.Create<TherapistFilter>(this, f => changed = f)));

        bar.Find("[data-testid=filter-reset]").Click();

        Assert.Equal(new TherapistFilter(), changed);
    }

    [Fact]
    public void The_url_becomes_the_query_and_unknown_values_are_ignored()
    {
        var filter = TherapistFilter.FromQuery(" mül ", "50", null, "pendingreview", "XX", true, null, false, true);

        var query = filter.ToQuery(TherapistSort.City, true, 2, 50);

        Assert.Equal(
            new TherapistListQuery
            {
                Name = "mül", PostalPrefix = "50", Status = TherapistStatus.PendingReview, HasKassensitz = true, KnowsBoona = false,
                Cooling = true, Sort = TherapistSort.City, Descending = true, Page = 2, PageSize = 50,
            },
            query);
        Assert.Equal("PendingReview", filter.ToQueryParameters()["status"]);
        Assert.Null(filter.ToQueryParameters()["method"]);
    }

    [Theory]
    [InlineData("/therapists?status=PendingReview", new[] { "Bode" })]
    [InlineData("/therapists?kassensitz=false", new[] { "Cramer", "Özdemir" })]
    [InlineData("/therapists?plz=50&available=true", new[] { "Aber" })]
    [InlineData("/therapists?name=%C3%B6zd", new[] { "Özdemir" })]
    [InlineData("/therapists?method=St&cooling=false", new[] { "Bode" })]
    public async Task The_list_shows_the_rows_the_url_filters_select(string url, string[] expected)
    {
        await using var database = await SeededAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo(url);

        var list = Render<TherapistList>();

        list.WaitForAssertion(() => Assert.Equal(expected, list.FindAll("[data-testid=therapist-name]").Select(a => a.TextContent.Split(' ')[^1])));
    }

    [Fact]
    public async Task A_filter_without_matches_shows_the_empty_state()
    {
        await using var database = await SeededAsync();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/therapists?city=Hamburg");

        var list = Render<TherapistList>();

        list.WaitForAssertion(() => Assert.Contains("Keine Therapeut:innen gefunden", list.Find("[data-testid=therapist-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Changing_the_filter_bar_updates_the_url_and_the_rows()
    {
        await using var database = await SeededAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/therapists");
        var list = Render<TherapistList>();
        list.WaitForAssertion(() => Assert.Equal(5, list.FindAll("[data-testid=therapist-name]").Count));

        list.Find("input[data-testid=filter-city]").Input("Berlin");

        list.WaitForAssertion(() => Assert.Equal(["Cramer"], list.FindAll("[data-testid=therapist-name]").Select(a => a.TextContent.Split(' ')[^1])));
        Assert.EndsWith("/therapists?city=Berlin", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_new_filter_starts_again_on_the_first_page()
    {
        await using var database = await SeededAsync();
        await using (var context = database.CreateContext())
        {
            context.Therapists.AddRange(Enumerable.Range(1, 30).Select(i => Build.Therapist($"Zander{i:D2}", "50667")));
            await context.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
        }

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/therapists");
        var list = Render<TherapistList>();
        list.WaitForAssertion(() => Assert.Equal(25, list.FindAll("[data-testid=therapist-name]").Count));
        list.Find("[data-testid=list-pager] button[aria-label*='2']").Click();
        list.WaitForAssertion(() => Assert.Equal(10, list.FindAll("[data-testid=therapist-name]").Count));
        Assert.EndsWith("/therapists?page=2", navigation.Uri, StringComparison.Ordinal);

        list.Find("input[data-testid=filter-city]").Input("Berlin");

        list.WaitForAssertion(() => Assert.Equal(["Cramer"], list.FindAll("[data-testid=therapist-name]").Select(a => a.TextContent.Split(' ')[^1])));
        Assert.EndsWith("/therapists?city=Berlin", navigation.Uri, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sorting_is_kept_in_the_url_and_a_second_click_reverses_it()
    {
        await using var database = await SeededAsync();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("/therapists");
        var list = Render<TherapistList>();
        list.WaitForAssertion(() => Assert.Equal(5, LastNames(list).Length));

        list.Find("[data-testid=sort-PostalCode]").Click();
        list.WaitForAssertion(() => Assert.Equal(["Cramer", "Aber", "Özdemir", "Bode", "Dietz"], LastNames(list)));
        Assert.EndsWith("/therapists?sort=PostalCode", navigation.Uri, StringComparison.Ordinal);

        list.Find("[data-testid=sort-PostalCode]").Click();
        list.WaitForAssertion(() => Assert.Equal(["Dietz", "Bode", "Özdemir", "Aber", "Cramer"], LastNames(list)));
        Assert.Contains("desc=true", navigation.Uri, StringComparison.Ordinal);
    }

    private static string[] LastNames(IRenderedComponent<TherapistList> list) =>
        [.. list.FindAll("[data-testid=therapist-name]").Select(a => a.TextContent.Split(' ')[^1])];

    private async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await TherapistDirectory.SeedAsync(database);
        Services.AddSingleton(TherapistDirectory.Queries(database));
        return database;
    }
}
