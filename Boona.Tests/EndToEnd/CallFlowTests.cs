using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>An overdue inquiry becomes a call on the work list (run now), and its outcomes work, on a desktop and a phone.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class CallFlowTests
{
    /// <summary>One five-minute window at 07:00 each weekday: the call's slot is 07:00 on a working day.</summary>
    private static readonly WeeklyWindows EarlyHours = WeeklyWindows.FromStorage("Mon 07:00-07:05; Tue 07:00-07:05; Wed 07:00-07:05; Thu 07:00-07:05; Fri 07:00-07:05");

    [Fact]
    public async Task An_overdue_inquiry_becomes_a_call_in_the_phone_hours_and_the_outcomes_work()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var inquiryId = await OverdueInquiryAsync(session);
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/jobs");
        await page.Locator("#job-run-inquiry-follow-up").ClickAsync();
        await Assertions.Expect(page.Locator("#job-inquiry-follow-up .job-runs tbody tr").First).ToContainTextAsync("Erfolgreich", new() { Timeout = 30_000 });
        var callId = await FollowUpCallIdAsync(session, inquiryId);

        await page.OpenAsync("/calls?due=all");
        var card = page.Locator($"[data-testid=call-{callId}]");
        await OpenDetailsAsync(card);
        await Assertions.Expect(card.Locator("[data-testid=call-time]")).ToContainTextAsync("07:00");
        await Assertions.Expect(card.Locator("[data-testid=call-time]")).Not.ToContainTextAsync(new System.Text.RegularExpressions.Regex("^(Sa|So)"));
        Assert.StartsWith("tel:", await card.Locator("[data-testid=call-tel]").GetAttributeAsync("href"), StringComparison.Ordinal);
        await Assertions.Expect(card.Locator("[data-testid=call-hours]")).ToContainTextAsync("07:00–07:05");
        await Assertions.Expect(card.Locator("[data-testid=call-coordinator]")).ToContainTextAsync("koordination@boona.test");
        await Assertions.Expect(card.Locator("[data-testid=call-script]")).ToContainTextAsync("P-");
        await Assertions.Expect(card.Locator("[data-testid^=call-patient-]").First).ToContainTextAsync("Alter:");
        await page.ScreenshotAsync("calls-01-work-list");
        await CardShotAsync(card, "calls-02-card");

        await card.Locator("[data-testid=call-not-reached]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-snackbar")).ToContainTextAsync("Neu geplant für");
        await Assertions.Expect(card.Locator("[data-testid=call-attempts]")).ToContainTextAsync("1.");

        var tomorrow = DateTime.UtcNow.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        await card.Locator("[data-testid=call-back]").ClickAsync();
        await card.Locator("input[data-testid=callback-day]").FillAsync(tomorrow);
        await card.Locator("input[data-testid=callback-time]").FillAsync("14:30");
        await card.Locator("input[data-testid=callback-note]").FillAsync("Nach der Mittagspause");
        await card.Locator("[data-testid=callback-save]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=call-time]")).ToContainTextAsync("14:30");
        await Assertions.Expect(card.Locator("[data-testid=call-note]")).ToHaveTextAsync("Nach der Mittagspause");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/calls?due=all");
        await Assertions.Expect(card).ToBeVisibleAsync();
        await OpenDetailsAsync(card);
        await ScreenFit.AssertFitsScreenAsync(page);
        await CardShotAsync(card, "calls-03-phone-card");

        // Answered: every patient's answer through the inquiry's dialog; the last one ends the call.
        while (await card.Locator("[data-testid=call-answer]").CountAsync() > 0)
        {
            await card.Locator("[data-testid=call-answer]").First.ClickAsync();
            await page.Locator("input[data-testid=outcome-DeclinedNoCapacity]").ClickAsync();
            await page.Locator("[data-testid=answer-save]").ClickAsync();
            await Assertions.Expect(page.Locator(".mud-dialog")).ToHaveCountAsync(0);
        }

        await Assertions.Expect(card).ToHaveCountAsync(0);
        await page.ScreenshotAsync("calls-04-answered");
    }

    [Fact]
    public async Task An_inquiry_whose_calls_gave_up_asks_for_a_decision_on_the_calls_page_and_its_own_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        int inquiryId;
        await using (var context = await session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token))
        {
            inquiryId = (await context.Inquiries.Include(i => i.Patients).Where(i => i.DecisionNeededSince != null).ToListAsync(Token)).First(i => i.NeedsDecision).Id;
        }

        await page.SignInAsAdminAsync();
        await page.OpenAsync("/calls");
        await Assertions.Expect(page.Locator($"[data-testid=decision-{inquiryId}]")).ToBeVisibleAsync();
        await page.Locator($"[data-testid=decision-{inquiryId}] a").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=inquiry-decision-needed]")).ToContainTextAsync("Entscheidung nötig");
        await page.ScreenshotAsync("calls-05-decision-on-inquiry");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync($"/inquiries/{inquiryId}");
        await Assertions.Expect(page.Locator("[data-testid=inquiry-decision-needed]")).ToBeVisibleAsync();
        await ScreenFit.AssertFitsScreenAsync(page);
        await page.ScreenshotAsync("calls-06-decision-on-inquiry-phone");
    }

    [Fact]
    public async Task A_therapist_whose_address_bounced_is_flagged_on_their_page()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        int therapistId;
        await using (var context = await session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token))
        {
            var therapist = await context.Therapists.Where(t => t.Email != null).OrderBy(t => t.Id).FirstAsync(Token);
            therapist.MarkEmailBounced(therapist.Email!, "550 5.1.1 Mailbox unknown", DateTimeOffset.UtcNow);
            await context.SaveChangesAsync(Token);
            therapistId = therapist.Id;
        }

        await page.SignInAsCoordinatorAsync();
        await page.OpenAsync($"/therapists/{therapistId}");
        await Assertions.Expect(page.Locator("[data-testid=therapist-email-bounced]")).ToContainTextAsync("550 5.1.1 Mailbox unknown");
        await page.ScreenshotAsync("calls-05-therapist-bounced");
    }

    private static async Task OpenDetailsAsync(ILocator card)
    {
        if (await card.Locator("[data-testid=call-script]").CountAsync() == 0)
        {
            await card.Locator("[data-testid=call-details]").ClickAsync();
        }

        await Assertions.Expect(card.Locator("[data-testid=call-script]")).ToBeVisibleAsync();
    }

    private static Task CardShotAsync(ILocator card, string name)
    {
        Directory.CreateDirectory(PageExtensions.ScreenshotFolder);
        return card.ScreenshotAsync(new LocatorScreenshotOptions { Path = System.IO.Path.Combine(PageExtensions.ScreenshotFolder, name + ".png") });
    }

    /// <summary>A demo therapist asked by e-mail, with early phone hours, and an inquiry of theirs sent ten days ago; no reminder first.</summary>
    private static async Task<int> OverdueInquiryAsync(BrowserSession session)
    {
        var services = session.App.Services;
        await services.GetRequiredService<SettingsStore>().UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["FollowUpReminder"] = 0 }), "test", Token);
        var (region, therapistId) = await DemoTherapists.WithCandidatesAsync(session, ContactChannel.Email);
        var preview = (await services.GetRequiredService<MatchingQueries>().PreviewAsync(therapistId, Token)).Value.Preview;
        var created = await services.GetRequiredService<InquiryCommands>().CreateAsync(
            new NewInquiry(therapistId, [.. preview.Suitable.Take(2).Select(c => c.Search.SearchId)], CreatedBy: "koordination@boona.test"), Token);
        Assert.True(created.IsSuccess, region);
        await using var context = await services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        (await context.Inquiries.SingleAsync(i => i.Id == created.Value, Token)).MarkSent(DateTimeOffset.UtcNow.AddDays(-10));
        Assert.True((await context.Therapists.SingleAsync(t => t.Id == therapistId, Token)).SetPhoneHours(EarlyHours).IsSuccess);
        await context.SaveChangesAsync(Token);
        return created.Value;
    }

    private static async Task<int> FollowUpCallIdAsync(BrowserSession session, int inquiryId)
    {
        await using var context = await session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return (await context.Inquiries.SingleAsync(i => i.Id == inquiryId, Token)).FollowUpCallId
            ?? throw new InvalidOperationException("The follow-up job planned no call.");
    }
}
