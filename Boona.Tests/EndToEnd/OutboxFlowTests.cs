using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using MimeKit;

namespace Boona.Tests.EndToEnd;

/// <summary>An inquiry e-mail leaves through "run now" into the pickup folder; an admin deals with a dead letter.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class OutboxFlowTests
{
    [Fact]
    public async Task A_confirmed_inquiry_leaves_with_run_now_and_its_text_is_on_the_inquiry_page_and_in_the_pickup_folder()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var (region, therapistId) = await DemoTherapists.WithCandidatesAsync(session, ContactChannel.Email);
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/inquiries/new");
        await page.Locator("input[data-testid=region-input]").FillAsync(region);
        await page.Locator("input[data-testid=region-input]").PressAsync("Enter");
        await page.Locator($"[data-testid=contactable-therapist][data-therapist-id='{therapistId}'] [data-testid=choose-therapist]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=candidate]").First).ToBeVisibleAsync();
        await page.Locator("[data-testid=create-inquiry]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestätigen" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/inquiries/[0-9]+$"));
        var inquiryUrl = new Uri(page.Url).AbsolutePath;
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=inquiry-state]")).ToHaveTextAsync("Nicht versendet");
        await Assertions.Expect(page.Locator("[data-testid=outreach-email] [data-testid=outbox-status]").First).ToHaveTextAsync("wartend");

        await page.OpenAsync("/admin/jobs");
        await page.Locator("#job-run-outbox-delivery").ClickAsync();
        await Assertions.Expect(page.Locator("#job-outbox-delivery .job-runs tbody tr").First).ToContainTextAsync("Erfolgreich", new() { Timeout = 30_000 });

        await page.OpenAsync(inquiryUrl);
        await Assertions.Expect(page.Locator("[data-testid=inquiry-state]")).ToHaveTextAsync("Wartet auf Antwort");
        var message = page.Locator("[data-testid=outreach-email] [data-testid=outbox-message]").First;
        await Assertions.Expect(message.Locator("[data-testid=outbox-status]")).ToHaveTextAsync("versendet");
        await message.Locator("[data-testid=outbox-show-text]").ClickAsync();
        var text = page.Locator("[data-testid=outbox-text]");
        await Assertions.Expect(text).ToContainTextAsync("P-");
        await page.ScreenshotAsync("outbox-01-inquiry-sent-text");

        var inquiryId = int.Parse(inquiryUrl.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        var messageId = await InquiryMessageIdAsync(session, inquiryId);
        var file = Assert.Single(Directory.GetFiles(session.App.MailFolder, "*.eml"), f => MimeMessage.Load(f, Token).MessageId == messageId.Trim('<', '>'));
        Assert.Contains("P-", MimeMessage.Load(file, Token).TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_admin_finds_the_dead_letter_first_and_discards_it_with_a_reason()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/outbox");
        var first = page.Locator("[data-testid=outbox-table] tbody tr").First;
        await Assertions.Expect(first.Locator("[data-testid=outbox-status]")).ToHaveTextAsync("unzustellbar");
        await Assertions.Expect(first).ToContainTextAsync("550 5.1.1");
        await page.ScreenshotAsync("outbox-02-admin-dead-first");

        await first.Locator("[data-testid=outbox-discard]").ClickAsync();
        await page.Locator("[data-testid=discard-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Bitte dieses Feld ausfüllen.");
        await page.Locator("textarea[data-testid=discard-reason]").FillAsync("Adresse veraltet, Praxis angerufen");
        await page.Locator("[data-testid=discard-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=outbox-counts]")).ToContainTextAsync("0 unzustellbar");
        Assert.Equal(0, await DeadCountAsync(session));

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/admin/outbox");
        await Assertions.Expect(page.Locator("[data-testid=outbox-table]")).ToBeVisibleAsync();
        await ScreenFit.AssertFitsScreenAsync(page);
        await page.ScreenshotAsync("outbox-03-admin-phone");
    }

    private static async Task<string> InquiryMessageIdAsync(BrowserSession session, int inquiryId)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return await context.EmailMessages.Where(m => m.InquiryId == inquiryId && m.Kind == EmailKind.Inquiry).Select(m => m.MessageId).SingleAsync(Token);
    }

    private static async Task<int> DeadCountAsync(BrowserSession session)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return await context.EmailMessages.CountAsync(m => m.Status == EmailStatus.Dead, Token);
    }
}
