using Boona.Domain.Outreach;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>The patient page lists the e-mails to the patient (or says there are none without an address); admins change the weekly progress schedule.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class PatientMailFlowTests
{
    [Fact]
    public async Task A_coordinator_reads_a_patients_messages_and_sees_why_another_gets_none()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var (placed, withoutEmail, optedOut) = await DemoPatientsAsync(session);
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync($"/patients/{placed}");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Nachrichten") }).ClickAsync();
        var messages = page.Locator("[data-testid=outbox-message]");
        await Assertions.Expect(messages.First).ToContainTextAsync("Wir haben einen Therapieplatz für Sie gefunden");
        await Assertions.Expect(messages).ToHaveCountAsync(3);
        await page.ScreenshotAsync("patientmail-01-messages");
        await messages.First.Locator("[data-testid=outbox-show-text]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=outbox-text]")).ToContainTextAsync("Telefonisch erreichbar");
        await page.ScreenshotAsync("patientmail-02-place-found-text");
        await page.Keyboard.PressAsync("Escape");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync($"/patients/{withoutEmail}");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Nachrichten") }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=patient-no-email]")).ToContainTextAsync("erhält keine E-Mails");
        await ScreenFit.AssertFitsScreenAsync(page);
        await page.ScreenshotAsync("patientmail-03-no-email-phone");

        await page.OpenAsync($"/patients/{optedOut}");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Nachrichten") }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=patient-progress-opted-out]")).ToContainTextAsync("Keine wöchentlichen Updates");
        await Assertions.Expect(page.Locator("[data-testid=outbox-message]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("patientmail-04-opted-out-phone");
    }

    [Fact]
    public async Task An_admin_moves_the_weekly_progress_to_wednesday_afternoon()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/jobs");
        var card = page.Locator("#job-patient-progress");
        await Assertions.Expect(card.Locator("[data-testid=job-schedule]")).ToContainTextAsync("Mo 09:00");
        await page.Locator("#job-schedule-edit-patient-progress").ClickAsync();
        await page.Locator("#schedule-day-monday input").UncheckAsync();
        await Assertions.Expect(page.Locator("#schedule-save")).ToBeDisabledAsync();
        await Assertions.Expect(page.Locator("[data-testid=schedule-days-error]")).ToContainTextAsync("mindestens einen Wochentag");
        await page.Locator("#schedule-day-wednesday input").CheckAsync();
        await page.Locator("#schedule-time").FillAsync("14:30");
        await card.ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("patientmail-05-jobs-schedule-editor");
        await page.Locator("#schedule-save").ClickAsync();

        await Assertions.Expect(card.Locator("[data-testid=job-schedule]")).ToContainTextAsync("Mi 14:30");
        await Assertions.Expect(page.Locator("[data-testid=job-schedule-editor]")).ToHaveCountAsync(0);
        Assert.Equal("0 30 14 ? * WED", await StoredCronAsync(session));
        await page.ScreenshotAsync("patientmail-06-jobs-schedule-saved");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/admin/jobs");
        await page.Locator("#job-schedule-edit-patient-progress").ClickAsync();
        await page.Locator("#job-patient-progress").ScrollIntoViewIfNeededAsync();
        await ScreenFit.AssertFitsScreenAsync(page);
        await page.ScreenshotAsync("patientmail-07-jobs-schedule-phone");
    }

    /// <summary>A placed patient with an address, one without an address, and one who opted out.</summary>
    private static async Task<(int Placed, int WithoutEmail, int OptedOut)> DemoPatientsAsync(BrowserSession session)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        var placed = await context.EmailMessages.Where(m => m.Kind == EmailKind.PatientPlaceFound).OrderBy(m => m.PatientId).Select(m => m.PatientId!.Value).FirstAsync(Token);
        var withoutEmail = await context.Patients.Where(p => p.Email == null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Token);
        var optedOut = await context.Patients.Where(p => p.WeeklyProgressOptOut && p.Email != null).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Token);
        return (placed, withoutEmail, optedOut);
    }

    private static async Task<string?> StoredCronAsync(BrowserSession session)
    {
        await using var scope = session.App.Services.CreateAsyncScope();
        await using var context = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return await context.JobSchedules.Where(s => s.JobName == "patient-progress").Select(s => s.Cron).SingleOrDefaultAsync(Token);
    }
}
