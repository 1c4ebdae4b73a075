using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class PatientFlowTests
{
    private const string LastName = "Lindqvist";

    [Fact]
    public async Task A_coordinator_registers_a_patient_finds_them_starts_their_search_and_an_admin_sees_who_opened_the_record()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync("/patients/new");
        await page.ScreenshotAsync("patients-01-intake");
        await page.Locator("[data-testid=save-patient]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=field-LastName]")).ToContainTextAsync("Bitte den Nachnamen eingeben.");
        await Assertions.Expect(page.Locator("[data-testid=field-BirthDate]")).ToContainTextAsync("Bitte das Geburtsdatum eingeben.");
        await page.ScreenshotAsync("patients-02-intake-invalid");

        await FillIntakeAsync(page);
        await page.Locator("[data-testid=save-patient]").ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/patients/[0-9]+$"));
        await Assertions.Expect(page.Locator("[data-testid=patient-name]")).ToHaveTextAsync($"Mia {LastName}");
        await Assertions.Expect(page.Locator("[data-testid=prequalification] [data-state=Failed]")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { Name = "Zugriffsprotokoll" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync("patients-03-patient-page");
        await EditPhoneAsync(page);
        await ExcludeAndReadmitATherapistAsync(page);

        await page.OpenAsync("/patients");
        await page.Locator("input[data-testid=filter-text]").FillAsync("lindq");
        await page.Locator("input[data-testid=filter-text]").PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("q=lindq", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=patient-link]")).ToHaveTextAsync([$"Mia {LastName}"]);
        await page.ScreenshotAsync("patients-04-list-filtered");
        await page.Locator("[data-testid=patient-link]").ClickAsync();

        await page.Locator("[data-testid=start-search]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/searches/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=search-header] [data-testid=search-status]")).ToHaveTextAsync("aktiv");
        await Assertions.Expect(page.Locator("[data-testid=timeline-entry]")).ToContainTextAsync(["Platzsuche gestartet"]);
        await Assertions.Expect(page.Locator("[data-testid=inquiries-empty]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("searches-01-search-page");

        await page.Locator("[data-testid=pause-search]").ClickAsync();
        await page.Locator("textarea[data-testid=pause-reason]").FillAsync("Urlaub");
        await page.Locator("[data-testid=pause-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=search-header] [data-testid=search-status]")).ToHaveTextAsync("pausiert");
        await page.Locator("[data-testid=resume-search]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=search-header] [data-testid=search-status]")).ToHaveTextAsync("aktiv");

        await page.OpenAsync("/searches?status=Active&sort=Started&desc=true");
        await Assertions.Expect(page.Locator("[data-testid=search-link]").First).ToHaveTextAsync($"Mia {LastName}");
        await page.ScreenshotAsync("searches-02-list");

        await page.SignOutAsync();
        var stored = await StoredAsync(session);
        Assert.Equal((PatientStatus.Searching, SearchStatus.Active), (stored.Status, stored.Search));
        Assert.All(stored.Accesses, a => Assert.Equal(DemoAccounts.Coordinator.Email, a.UserName));
        // Patient page, edit page, patient page after saving, patient page from the list, search page: one entry per opening.
        Assert.Equal(5, stored.Accesses.Count(a => a.Kind == PatientAccessKind.Record));
        // The name search that found her, and the search list that showed her.
        Assert.Contains(stored.Accesses, a => a.Kind == PatientAccessKind.List && a.Detail!.Contains("q=lindq", StringComparison.Ordinal));
        Assert.Contains(stored.Accesses, a => a.Kind == PatientAccessKind.List && a.Detail!.StartsWith("/searches", StringComparison.Ordinal));

        await page.SignInAsAdminAsync();
        await page.OpenAsync($"/patients/{stored.Id}");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Zugriffsprotokoll" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=access-log] tbody tr")).ToHaveCountAsync(stored.Accesses.Count + 1);
        await Assertions.Expect(page.Locator("[data-testid=access-log] tbody tr").First).ToContainTextAsync(DemoAccounts.Admin.Email);
        await Assertions.Expect(page.Locator("[data-testid=access-log]")).ToContainTextAsync("Liste oder Suche");
        await Assertions.Expect(page.Locator("[data-testid=access-log]")).ToContainTextAsync("q=lindq");
        await Assertions.Expect(page.Locator("[data-testid=access-log] tbody tr").Last).ToContainTextAsync(DemoAccounts.Coordinator.Email);
        await page.ScreenshotAsync("patients-05-access-log");
    }

    [Fact]
    public async Task On_a_phone_the_patient_page_and_her_search_page_need_no_sideways_scrolling_and_every_action_is_reachable()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var (patientId, searchId) = await BusiestActiveSearchAsync(session);
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync($"/patients/{patientId}");
        await Assertions.Expect(page.Locator("[data-testid=go-to-search]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("patients-06-demo-patient-desktop");
        await page.OpenAsync($"/searches/{searchId}");
        await Assertions.Expect(page.Locator("[data-testid=search-inquiry]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("searches-03-demo-search-desktop");
        await page.AssertFitsScreenAsync("[data-testid=add-exclusion-button]", "[data-testid=add-note]", "[data-testid=cancel-search]");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync($"/patients/{patientId}");
        await page.ScreenshotAsync("patients-07-demo-patient-phone");
        await page.AssertFitsScreenAsync("[data-testid=edit-patient]", "[data-testid=go-to-search]", "[data-testid=patient-tabs] .mud-tab");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Ausschlussliste" }).ClickAsync();
        await page.ScreenshotAsync("patients-08-demo-exclusions-phone");
        await page.AssertFitsScreenAsync("[data-testid=add-exclusion-button]");

        await page.OpenAsync($"/searches/{searchId}");
        await page.ScreenshotAsync("searches-04-demo-search-phone");
        await page.AssertFitsScreenAsync("[data-testid=pause-search]", "[data-testid=cancel-search]", "[data-testid=search-patient-link]", "[data-testid=search-inquiry]", "[data-testid=add-exclusion-button]", "[data-testid=add-note]");
    }

    /// <summary>The demo's active search with the most inquiries, and its patient.</summary>
    private static async Task<(int PatientId, int SearchId)> BusiestActiveSearchAsync(BrowserSession session)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var search = await context.Searches.AsNoTracking()
            .Where(s => s.Status == SearchStatus.Active)
            .OrderByDescending(s => context.InquiryPatients.Count(p => p.SearchId == s.Id)).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.PatientId })
            .FirstAsync(TestContext.Current.CancellationToken);
        return (search.PatientId, search.Id);
    }

    private static async Task FillIntakeAsync(IPage page)
    {
        await FillAsync(page, "FirstName", "Mia");
        await FillAsync(page, "LastName", LastName);
        await FillAsync(page, "BirthDate", "1990-04-12");
        await FillAsync(page, "Street", "Ringstraße 5");
        await FillAsync(page, "PostalCode", "50667");
        await FillAsync(page, "City", "Köln");
        await FillAsync(page, "Email", "mia.lindqvist@example.org");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Diagnose & Vorbehandlung" }).ClickAsync();
        await FillAsync(page, "Diagnoses", "F32.1");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Verfügbarkeit & Weg" }).ClickAsync();
        await FillAsync(page, "HoursPerWeekAvailable", "20");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Verträge & Zahlung" }).ClickAsync();
        await page.Locator("[data-testid=field-ContractsSigned] label").ClickAsync();
        await page.Locator("[data-testid=field-ConsentGiven] label").ClickAsync();
        await page.ScreenshotAsync("patients-02b-intake-business");
    }

    private static async Task EditPhoneAsync(IPage page)
    {
        await page.Locator("[data-testid=edit-patient]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/edit", StringComparison.Ordinal));
        await FillAsync(page, "Phone", "0221 987654");
        await page.Locator("[data-testid=save-patient]").ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/patients/[0-9]+$"));
        await Assertions.Expect(page.Locator("[data-testid=patient-contact]")).ToContainTextAsync("0221 987654");
    }

    private static async Task ExcludeAndReadmitATherapistAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Tab, new() { Name = "Ausschlussliste" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=exclusions-empty]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=add-exclusion] input").First.FillAsync("50");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();

        // The choice shows as the therapist's name in the field; on a busy machine a click can land before the list settled.
        await Assertions.Expect(page.Locator("[data-testid=add-exclusion] input").First).Not.ToHaveValueAsync("50");
        await page.Locator("[data-testid=add-exclusion] input").Nth(1).FillAsync("Frühere Behandlung");
        await page.Locator("[data-testid=add-exclusion-button]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=exclusions-table] tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("[data-testid=exclusions-table]")).ToContainTextAsync("Frühere Behandlung");
        await page.ScreenshotAsync("patients-03b-exclusions");

        await page.Locator("[data-testid=remove-exclusion]").ClickAsync();
        await page.Locator("textarea[data-testid=lift-reason]").FillAsync("Neue Praxisadresse, Erfahrung war an anderer Stelle");
        await page.Locator("[data-testid=lift-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=exclusions-empty]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=lifted-exclusion]")).ToContainTextAsync("Neue Praxisadresse");
    }

    // Fields commit their value on change, which the browser fires when focus leaves the field.
    private static async Task FillAsync(IPage page, string field, string value)
    {
        var input = page.Locator($"[data-testid=field-{field}] input");
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    private static async Task<(int Id, PatientStatus Status, SearchStatus Search, List<PatientAccess> Accesses)> StoredAsync(BrowserSession session)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var patient = await context.Patients.SingleAsync(p => p.LastName == LastName, TestContext.Current.CancellationToken);
        var search = await context.Searches.SingleAsync(s => s.PatientId == patient.Id, TestContext.Current.CancellationToken);
        var accesses = await context.PatientAccesses.Where(a => a.PatientId == patient.Id).ToListAsync(TestContext.Current.CancellationToken);
        return (patient.Id, patient.Status, search.Status, accesses);
    }
}
