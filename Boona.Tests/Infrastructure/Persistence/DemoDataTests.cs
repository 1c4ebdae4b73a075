using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Persistence.Demo;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Persistence;

public sealed class DemoDataTests
{
    [Fact]
    public async Task The_demo_fills_every_screen_with_work_in_every_state()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        await new DemoDataSeeder(database.Factory, new FakeTimeProvider(Build.Now)).SeedAsync(Token);

        await using var context = database.CreateContext();
        Assert.True(await context.Therapists.CountAsync(Token) >= 300);
        Assert.True(await context.Patients.CountAsync(Token) >= 80);
        Assert.True(await context.Therapists.Select(t => t.City).Distinct().CountAsync(Token) >= 6);
        Assert.Equal(Enum.GetValues<SearchStatus>().Order(), (await context.Searches.Select(s => s.Status).Distinct().ToListAsync(Token)).Order());
        Assert.Equal(Enum.GetValues<InquiryStatus>().Order(), (await context.Inquiries.Select(i => i.Status).Distinct().ToListAsync(Token)).Order());
        Assert.Equal(Enum.GetValues<AnswerType>().Order(), (await context.Inquiries.Select(i => i.AnswerType).Distinct().ToListAsync(Token)).Order());
        Assert.True(await context.InquiryPatients.AnyAsync(p => p.IsConflict, Token));
        Assert.True(await context.InquiryPatients.AnyAsync(p => p.WithdrawalNoticePending, Token));
        Assert.True(await context.Therapists.AnyAsync(t => t.PhoneHours != Boona.Domain.Common.WeeklyWindows.Empty, Token));
        Assert.True(await context.PhoneCalls.AnyAsync(Token));
        Assert.Contains(await context.Inquiries.Include(i => i.Patients).Where(i => i.DecisionNeededSince != null).ToListAsync(Token), i => i.NeedsDecision);
        Assert.True(await context.PhoneCalls.AnyAsync(c => c.Status == Boona.Domain.Outreach.PhoneCallStatus.GaveUp, Token));
        Assert.True(await context.EmailMessages.AnyAsync(Token));
        Assert.True(await context.EmailMessages.AnyAsync(m => m.PatientId != null && m.Kind == Boona.Domain.Outreach.EmailKind.PatientPlaceFound, Token));
        Assert.True(await context.Patients.AnyAsync(p => p.WeeklyProgressOptOut && p.Email != null, Token));
    }

    [Fact]
    public async Task The_start_page_of_the_demo_has_work_in_every_tile()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var clock = new FakeTimeProvider(Build.Now);
        await new DemoDataSeeder(database.Factory, clock).SeedAsync(Token);

        var work = await new TodaysWorkQueries(database.Factory, new SettingsStore(database.Factory, clock), clock).GetAsync(Token);

        Assert.True(work.CallsDue > 0, "no calls due today");
        Assert.True(work.OverdueInquiries > 0, "no overdue inquiries");
        Assert.True(work.StaleSearches > 0, "no searches without an inquiry for 14 days");
        Assert.True(work.TherapistsPendingReview > 0, "no therapists awaiting review");
    }

    [Fact]
    public async Task The_demo_is_the_same_on_every_run()
    {
        await using var first = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var second = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        await new DemoDataSeeder(first.Factory, new FakeTimeProvider(Build.Now)).SeedAsync(Token);
        await new DemoDataSeeder(second.Factory, new FakeTimeProvider(Build.Now)).SeedAsync(Token);

        Assert.Equal(await NamesAsync(first), await NamesAsync(second));
    }

    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "Development", null, true)]
    [InlineData(DatabaseProvider.Sqlite, "Production", null, false)]
    [InlineData(DatabaseProvider.Sqlite, "Staging", null, false)]
    [InlineData(DatabaseProvider.Postgres, "Development", null, false)]
    [InlineData(DatabaseProvider.Postgres, "Production", true, true)]
    [InlineData(DatabaseProvider.Sqlite, "Production", true, true)]
    [InlineData(DatabaseProvider.Sqlite, "Development", false, false)]
    public void Demo_data_is_seeded_by_default_only_on_the_embedded_development_run(DatabaseProvider provider, string environment, bool? asked, bool expected)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:SeedDemoData"] = asked?.ToString(),
        }).Build();

        Assert.Equal(expected, PersistenceServiceCollectionExtensions.ReadOptions(configuration, Path.GetTempPath(), environment).ShouldSeedDemoData);
    }

    private static async Task<List<string>> NamesAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.OrderBy(t => t.Id).Select(t => t.LastName + " " + t.PostalCode.Value).ToListAsync(Token);
    }
}

public sealed class DemoDataChronologyTests
{
    [Fact]
    public async Task Registration_comes_before_the_search_and_the_search_before_its_inquiries()
    {
        var token = TestContext.Current.CancellationToken;
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await new DemoDataSeeder(database.Factory, new FakeTimeProvider(Build.Now)).SeedAsync(token);

        await using var context = database.CreateContext();
        var searchAfterRegistration = await context.Searches
            .Join(context.Patients, s => s.PatientId, p => p.Id, (s, p) => new { Search = s.CreatedAt, Registered = p.CreatedAt })
            .ToListAsync(token);
        var inquiryAfterSearch = await context.InquiryPatients
            .Join(context.Inquiries, ip => ip.InquiryId, i => i.Id, (ip, i) => new { ip.SearchId, i.CreatedAt })
            .Join(context.Searches, x => x.SearchId, s => s.Id, (x, s) => new { Inquiry = x.CreatedAt, Search = s.CreatedAt })
            .ToListAsync(token);

        Assert.NotEmpty(searchAfterRegistration);
        Assert.All(searchAfterRegistration, x => Assert.True(x.Search > x.Registered));
        Assert.NotEmpty(inquiryAfterSearch);
        Assert.All(inquiryAfterSearch, x => Assert.True(x.Inquiry > x.Search));
    }
}
