using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Searches;

/// <summary>
/// Searches: Alt (50667, active 30 days, an inquiry 20 days ago), Neu (50999, active 20 days, an inquiry 3 days ago),
/// Frisch (51105, active 5 days, none), Ohne (10115, active 40 days, none), Pause (50668, paused 30 days, none).
/// </summary>
public sealed class SearchQueriesTests
{
    [Theory, EveryProvider]
    public async Task Status_region_and_no_inquiry_days_filter_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var queries = new SearchQueries(database.Factory, new FakeTimeProvider(Build.Now));

        async Task<IEnumerable<string>> Names(SearchListQuery query) =>
            (await queries.ListAsync(query, Token)).Value.Items.Select(s => s.PatientName.Split(' ')[^1]);

        Assert.Equal(["Ohne", "Alt", "Pause", "Neu", "Frisch"], await Names(new()));
        Assert.Equal(["Ohne", "Alt", "Neu", "Frisch"], await Names(new() { Status = SearchStatus.Active }));
        Assert.Equal(["Alt", "Pause", "Neu"], await Names(new() { Region = "50" }));
        Assert.Equal(["Ohne", "Alt"], await Names(new() { Status = SearchStatus.Active, NoInquiryDays = 14 }));
        Assert.Equal(["Ohne", "Alt", "Pause"], await Names(new() { NoInquiryDays = 14 }));
        Assert.Equal(["Frisch"], await Names(new() { Text = "fri" }));
        Assert.Equal(["Frisch", "Neu"], await Names(new() { Sort = SearchSort.Started, Descending = true, PageSize = 2 }));
    }

    [Theory, EveryProvider]
    public async Task List_rows_carry_the_last_inquiry_and_the_count(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await SeedAsync(database);
        var queries = new SearchQueries(database.Factory, new FakeTimeProvider(Build.Now));

        var page = (await queries.ListAsync(new() { Sort = SearchSort.Patient }, Token)).Value;

        Assert.Equal(5, page.Total);
        var alt = page.Items.Single(i => i.PatientName.EndsWith("Alt", StringComparison.Ordinal));
        Assert.Equal((Build.Now.AddDays(-20), 1, "50667"), (alt.LastInquiryAt, alt.Inquiries, alt.PostalCode));
        Assert.Null(page.Items.Single(i => i.PatientName.EndsWith("Ohne", StringComparison.Ordinal)).LastInquiryAt);
    }

    [Theory, EveryProvider]
    public async Task The_last_inquiry_column_ignores_cancelled_inquiries(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await SeedAsync(database);
        await using (var context = database.CreateContext())
        {
            foreach (var name in new[] { "Alt", "Frisch" })
            {
                var search = await context.Searches.SingleAsync(s => s.Id == ids[name], Token);
                var cancelled = Inquiry.Compose(ids["therapist"], ContactChannel.Email, [(search.Id, search.PatientId)], 6, Build.Now.AddDays(-2));
                cancelled.Cancel("Doch nicht", Build.Now.AddDays(-1));
                context.Inquiries.Add(cancelled);
            }

            await context.SaveChangesAsync(Token);
        }

        var page = (await new SearchQueries(database.Factory, new FakeTimeProvider(Build.Now)).ListAsync(new() { Sort = SearchSort.Patient }, Token)).Value;

        Assert.Equal(Build.Now.AddDays(-20), page.Items.Single(i => i.Id == ids["Alt"]).LastInquiryAt);
        Assert.Null(page.Items.Single(i => i.Id == ids["Frisch"]).LastInquiryAt);
    }

    [Theory, EveryProvider]
    public async Task The_search_page_shows_inquiries_exclusions_and_the_timeline_newest_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var ids = await SeedAsync(database);
        await using (var context = database.CreateContext())
        {
            var search = await context.Searches.SingleAsync(s => s.Id == ids["Neu"], Token);
            search.Exclude(ids["therapist"], "Passt nicht", Build.Now.AddDays(-1));
            search.AddNote("Ruft morgen zurück", Build.Now.AddHours(-1), null);
            var inquiry = await context.Inquiries.Include(i => i.Patients).SingleAsync(i => i.Patients.Any(p => p.SearchId == search.Id), Token);
            inquiry.RecordAnswer(search.Id, InquiryOutcome.DeclinedNotSuitable, Build.Now.AddDays(-2));
            await context.SaveChangesAsync(Token);
        }

        var details = await new SearchQueries(database.Factory, new FakeTimeProvider(Build.Now)).GetAsync(ids["Neu"], Token);

        Assert.Equal(("Lea Neu", "Dr. Anna Weber"), (details!.Patient.Name, Assert.Single(details.Exclusions).Therapist.Name));
        var asked = Assert.Single(details.Inquiries);
        Assert.Equal((InquiryStatus.Sent, InquiryOutcome.DeclinedNotSuitable, "Dr. Anna Weber"), (asked.Status, asked.Outcome, asked.Therapist.Name));
        Assert.Equal(
            ["SearchEvent:Note", "SearchEvent:TherapistExcluded", "InquiryAnswered:DeclinedNotSuitable", "InquirySent:", "SearchEvent:Started"],
            details.Timeline.Select(t => $"{t.Kind}:{(object?)t.EventKind ?? t.Outcome}"));
        Assert.Equal(asked.InquiryId, details.Timeline[2].InquiryId);
        Assert.Null(await new SearchQueries(database.Factory, TimeProvider.System).GetAsync(999, Token));
    }

    private static async Task<Dictionary<string, int>> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var therapist = Build.Therapist();
        context.Therapists.Add(therapist);
        var ids = new Dictionary<string, int>();
        foreach (var (name, postalCode, startedDaysAgo, inquiryDaysAgo, paused) in new (string, string, int, int?, bool)[]
        {
            ("Alt", "50667", 30, 20, false), ("Neu", "50999", 20, 3, false), ("Frisch", "51105", 5, null, false), ("Ohne", "10115", 40, null, false), ("Pause", "50668", 30, null, true),
        })
        {
            var patient = Boona.Domain.Patients.Patient.Register(Build.PersonalData(name, postalCode) with { FirstName = "Lea" }, Build.Now, Build.Today).Value;
            context.Patients.Add(patient);
            await context.SaveChangesAsync(Token);
            var search = PlacementSearch.Start(patient.Id, Build.Now.AddDays(-startedDaysAgo));
            if (paused)
            {
                search.Pause(null, null, DateOnly.FromDateTime(Build.Now.AddDays(-startedDaysAgo + 1).UtcDateTime), Build.Now.AddDays(-startedDaysAgo + 1), null);
            }

            context.Searches.Add(search);
            await context.SaveChangesAsync(Token);
            if (inquiryDaysAgo is { } days)
            {
                var inquiry = Inquiry.Compose(therapist.Id, ContactChannel.Email, [(search.Id, patient.Id)], 6, Build.Now.AddDays(-days));
                inquiry.MarkSent(Build.Now.AddDays(-days).AddHours(1));
                context.Inquiries.Add(inquiry);
                await context.SaveChangesAsync(Token);
            }

            ids[name] = search.Id;
        }

        ids["therapist"] = therapist.Id;
        return ids;
    }
}
