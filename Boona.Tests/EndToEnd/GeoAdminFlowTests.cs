using Boona.Tests.Infrastructure.Geo;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class GeoAdminFlowTests
{
    [Fact]
    public async Task An_admin_runs_a_job_now_and_watches_its_run_arrive()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/jobs");
        var card = page.Locator("#job-geocoding-refresh");
        await Assertions.Expect(card).ToContainTextAsync("Standorte ermitteln");
        await Assertions.Expect(card).ToContainTextAsync("Nächster Lauf:");
        await page.Locator("#job-run-geocoding-refresh").ClickAsync();

        await Assertions.Expect(card.Locator(".job-runs tbody tr").First).ToContainTextAsync("Erfolgreich");
        await Assertions.Expect(card.Locator(".job-runs tbody tr").First).ToContainTextAsync("Manuell: admin@");
        await Assertions.Expect(page.Locator("#job-open-postal-code-import")).ToBeVisibleAsync();
        await page.ScreenshotAsync("geo-01-jobs");
    }

    [Fact]
    public async Task An_admin_imports_postal_codes_after_confirming_and_a_broken_file_changes_nothing()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();
        await page.OpenAsync("/admin/postal-codes");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToContainTextAsync("Postleitzahlen in 6 Regionen");

        await page.Locator("#postal-code-import").ClickAsync();
        await Assertions.Expect(page.GetByText("Bitte eine Datei oder eine Adresse angeben.")).ToBeVisibleAsync();

        await page.Locator("#postal-code-source").FillAsync(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt));
        await page.Locator("#postal-code-import").ClickAsync();
        await Assertions.Expect(page.GetByText("Postleitzahlen ersetzen?")).ToBeVisibleAsync();
        await page.ScreenshotAsync("geo-02-postal-codes-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersetzen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-import-result")).ToContainTextAsync("Import abgeschlossen.");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToHaveTextAsync("4 Postleitzahlen in 4 Regionen");

        await page.Locator("#postal-code-source").FillAsync(GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt + "DE\t5066\tKöln\tNRW\tNW\t\t\t\t\t50.9\t6.9\t4\n"));
        await page.Locator("#postal-code-import").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersetzen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-import-result")).ToContainTextAsync("Die Datei wurde abgelehnt, es wurde nichts geändert: Zeile 6: keine fünfstellige Postleitzahl ('5066')");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToHaveTextAsync("4 Postleitzahlen in 4 Regionen");
        await page.ScreenshotAsync("geo-03-postal-codes-refused");
    }

    [Fact]
    public async Task Therapist_and_patient_pages_show_the_location_and_its_source()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync("/therapists/1");
        await Assertions.Expect(page.Locator("[data-testid=location-line]")).ToContainTextAsync("Adresse");
        await page.OpenAsync("/patients/1");
        await Assertions.Expect(page.Locator("[data-testid=location-line]")).ToContainTextAsync("° N");
        await page.ScreenshotAsync("geo-04-patient-location");
    }
}
