using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Location = Boona.Domain.Common.Location;

namespace Boona.Tests.EndToEnd;

/// <summary>
/// A coordinator corrects a wrongly recorded acceptance on the inquiry page (desktop and phone), and after a failed
/// trial takes the acceptance that had lost to it as the next placement from the search page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class AnswerCorrectionFlowTests
{
    [Fact]
    public async Task A_coordinator_corrects_a_wrong_acceptance_and_the_placement_is_taken_back()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var arranged = new Arranged(session);
        var therapist = await arranged.TherapistAsync("Adler");
        var searchId = await arranged.SearchAsync("Korrektur");
        var inquiryId = await arranged.AnsweredAsync(therapist, searchId, InquiryOutcome.Accepted);
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync($"/inquiries/{inquiryId}");
        await page.Locator("[data-testid=correct-answer]").ClickAsync();
        await page.Locator("input[data-testid=correction-DeclinedNoCapacity]").ClickAsync();
        await page.Locator("textarea[data-testid=correction-reason]").FillAsync("Die Zusage galt einer anderen Patientin der Praxis.");
        await Assertions.Expect(page.Locator("[data-testid=correction-consequence]")).ToContainTextAsync("Platzierung aus dieser Zusage wird zurückgenommen");
        await page.ScreenshotAsync("inquiries-10-correct-answer-dialog");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("inquiries-11-correct-answer-dialog-phone");
        await page.AssertFitsScreenAsync("[data-testid=correction-save]");
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=correction-save]").ClickAsync();
        await Assertions.Expect(page.GetByText("ändern?")).ToBeVisibleAsync();
        await page.ScreenshotAsync("inquiries-12-correct-answer-confirm");
        await page.Locator(".mud-dialog", new() { HasText = "ändern?" }).GetByRole(AriaRole.Button, new() { Name = "Korrigieren", Exact = true }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=patient-outcome]")).ToContainTextAsync("Absage: keine Kapazität");
        await Assertions.Expect(page.Locator("[data-testid=corrected-chip]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=inquiry-correction]")).ToContainTextAsync("Die Zusage galt einer anderen Patientin der Praxis.");
        await page.ScreenshotAsync("inquiries-13-answer-corrected");

        await page.OpenAsync($"/searches/{searchId}");
        await Assertions.Expect(page.Locator("[data-testid=search-timeline]")).ToContainTextAsync("Antwort korrigiert: „zugesagt“ → „abgesagt: keine Kapazität“");
        await Assertions.Expect(page.Locator("[data-testid=search-timeline]")).ToContainTextAsync("Platzierung zurückgenommen");
        await page.ScreenshotAsync("searches-10-timeline-correction");
    }

    [Fact]
    public async Task After_a_failed_trial_the_search_page_proposes_the_acceptance_that_lost_and_takes_it_as_the_placement()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var arranged = new Arranged(session);
        var first = await arranged.TherapistAsync("Adler");
        var late = await arranged.TherapistAsync("Berg");
        var searchId = await arranged.SearchAsync("Zweitzusage");
        var lateInquiry = await arranged.SentAsync(late, searchId);
        await arranged.AnsweredAsync(first, searchId, InquiryOutcome.Accepted);
        var conflict = await arranged.Answers.RecordAsync(new AnswerInput(lateInquiry, searchId, InquiryOutcome.Accepted), Token);
        Assert.Equal(AnswerEffect.Conflict, conflict.Value);
        Assert.True((await arranged.Placements.FailTrialAsync(searchId, new TrialFailureInput { Reason = "Chemie stimmte nicht" }, Token)).IsSuccess);
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync($"/searches/{searchId}");
        var proposal = page.Locator("[data-testid=standing-acceptance]");
        await Assertions.Expect(proposal).ToContainTextAsync($"Zusage von Dr. Anna Berg vom {BoonaTime.ToLocalDate(DateTimeOffset.UtcNow):dd.MM.yyyy} liegt noch vor");
        await page.ScreenshotAsync("searches-11-standing-acceptance");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("searches-12-standing-acceptance-phone");
        await page.AssertFitsScreenAsync("[data-testid=take-standing]");
        await page.SetViewportSizeAsync(1440, 900);

        await page.Locator("[data-testid=take-standing]").ClickAsync();
        await Assertions.Expect(page.GetByText("Bitte vorher mit der Praxis klären")).ToBeVisibleAsync();
        await page.Locator(".mud-dialog", new() { HasText = "Bitte vorher mit der Praxis klären" }).GetByRole(AriaRole.Button, new() { Name = "Als Platzierung übernehmen" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=search-header]")).ToContainTextAsync("Dr. Anna Berg");
        await Assertions.Expect(page.Locator("[data-testid=standing-acceptances]")).ToHaveCountAsync(0);
        await page.ScreenshotAsync("searches-13-standing-acceptance-taken");
        var search = await arranged.ReadAsync(c => c.Searches.SingleAsync(s => s.Id == searchId, Token));
        Assert.Equal((SearchStatus.Placed, late), (search.Status, search.PlacedTherapistId!.Value));
    }

    /// <summary>Therapists asked by phone and a searching patient a few kilometres away, made in the app's database.</summary>
    private sealed class Arranged(BrowserSession session)
    {
        private static readonly GeoPoint Practice = GeoPoint.Of(50.9375, 6.9603);

        private IDbContextFactory<BoonaDbContext> Factory => session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();

        public AnswerCommands Answers => session.App.Services.GetRequiredService<AnswerCommands>();

        public PlacementCommands Placements => session.App.Services.GetRequiredService<PlacementCommands>();

        public async Task<int> TherapistAsync(string lastName)
        {
            var therapist = Therapist.Create(Build.TherapistProfile(lastName, "50667", phoneOnly: true), TherapistStatus.Active, DateTimeOffset.UtcNow).Value;
            therapist.SetLocation(Location.From(Practice, LocationSource.Address));
            return await AddAsync(therapist, () => therapist.Id);
        }

        public async Task<int> SearchAsync(string lastName)
        {
            var today = BoonaTime.ToLocalDate(DateTimeOffset.UtcNow);
            var patient = Build.QualifiedPatient(lastName, "50667");
            patient.SetLocation(Location.From(GeoPoint.Of(Practice.Latitude + 0.03, Practice.Longitude), LocationSource.Address));
            patient.MarkSearching(today.AddDays(-10));
            await AddAsync(patient, () => patient.Id);
            var search = PlacementSearch.Start(patient.Id, DateTimeOffset.UtcNow.AddDays(-10));
            return await AddAsync(search, () => search.Id);
        }

        /// <summary>An inquiry by phone, marked sent: the call was made.</summary>
        public async Task<int> SentAsync(int therapistId, int searchId)
        {
            var created = await session.App.Services.GetRequiredService<InquiryCommands>().CreateAsync(new NewInquiry(therapistId, [searchId]), Token);
            Assert.True(created.IsSuccess, created.FirstError?.Message);
            await using var context = await Factory.CreateDbContextAsync(Token);
            (await context.Inquiries.SingleAsync(i => i.Id == created.Value, Token)).MarkSent(DateTimeOffset.UtcNow);
            await context.SaveChangesAsync(Token);
            return created.Value;
        }

        public async Task<int> AnsweredAsync(int therapistId, int searchId, InquiryOutcome outcome)
        {
            var id = await SentAsync(therapistId, searchId);
            var answered = await Answers.RecordAsync(new AnswerInput(id, searchId, outcome), Token);
            Assert.True(answered.IsSuccess, answered.FirstError?.Message);
            return id;
        }

        public async Task<T> ReadAsync<T>(Func<BoonaDbContext, Task<T>> read)
        {
            await using var context = await Factory.CreateDbContextAsync(Token);
            return await read(context);
        }

        private async Task<int> AddAsync(object entity, Func<int> id)
        {
            await using var context = await Factory.CreateDbContextAsync(Token);
            context.Add(entity);
            await context.SaveChangesAsync(Token);
            return id();
        }
    }
}
