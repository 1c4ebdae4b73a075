using Boona.Tests.Infrastructure.Geo;
using Boona.Tests.Support;
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
    public async Task An_admin_uploads_the_real_postal_code_file_after_confirming_and_a_broken_file_changes_nothing()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();
        await page.OpenAsync("/admin/postal-codes");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToContainTextAsync("Postleitzahlen in 6 Regionen");

        await page.Locator("#postal-code-upload-import").ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-file-error")).ToHaveTextAsync("Bitte eine Datei auswählen.");

        await page.Locator("#postal-code-upload-form input[type=file]").SetInputFilesAsync(SharedData.ZipCodesCsv);
        await page.Locator("#postal-code-upload-import").ClickAsync();
        await Assertions.Expect(page.GetByText("Postleitzahlen ersetzen?")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("„zipcodes.de.csv“")).ToBeVisibleAsync();
        await page.ScreenshotAsync("geo-02-postal-codes-confirm");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersetzen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-import-result")).ToContainTextAsync("Import abgeschlossen.");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToHaveTextAsync("10.814 Postleitzahlen in 96 Regionen");

        await page.Locator("#postal-code-upload-form input[type=file]").SetInputFilesAsync(
            GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt + "DE\t5066\tKöln\tNRW\tNW\t\t\t\t\t50.9\t6.9\t4\n"));
        await page.Locator("#postal-code-upload-import").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersetzen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-import-result")).ToHaveTextAsync("Die Datei wurde abgelehnt, es wurde nichts geändert: Zeile 6: keine fünfstellige Postleitzahl");
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToHaveTextAsync("10.814 Postleitzahlen in 96 Regionen");
        await page.ScreenshotAsync("geo-03-postal-codes-refused");

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/admin/postal-codes");
        await Assertions.Expect(page.Locator("#postal-code-choose")).ToBeVisibleAsync();
        await page.ScreenshotAsync("geo-03b-postal-codes-phone");
    }

    [Fact]
    public async Task A_url_off_the_allow_list_is_refused_at_the_field_and_a_file_from_the_import_folder_is_imported()
    {
        await using var listener = TcpContactListener.Start();
        var folder = TestFiles.NewFolder("import");
        await File.WriteAllTextAsync(Path.Combine(folder, "DE.txt"), GeoNamesSamples.DeTxt, TestContext.Current.CancellationToken);
        await using var session = await BrowserSession.StartAsync(settings: new Dictionary<string, string> { ["PostalCodes:ImportFolder"] = folder });
        var page = session.Page;
        await page.SignInAsAdminAsync();
        await page.OpenAsync("/admin/postal-codes");

        await page.GetByRole(AriaRole.Tab, new() { Name = "Adresse (URL)" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Nur https-Adressen von: download.geonames.org")).ToBeVisibleAsync();
        await page.Locator("#postal-code-url").FillAsync($"http://127.0.0.1:{listener.Port}/DE.zip");
        await page.Locator("#postal-code-url-import").ClickAsync();
        await Assertions.Expect(page.GetByText("Nur https-Adressen der freigegebenen Server sind erlaubt.")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Postleitzahlen ersetzen?")).Not.ToBeVisibleAsync();
        await page.ScreenshotAsync("geo-04-postal-codes-url-refused");
        Assert.Equal(0, listener.Contacts);

        await page.GetByRole(AriaRole.Tab, new() { Name = "Importordner" }).ClickAsync();
        await page.Locator("#postal-code-folder-file").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").GetByText("DE.txt").ClickAsync();
        await Assertions.Expect(page.Locator("#postal-code-folder-file")).ToHaveValueAsync("DE.txt");
        await Assertions.Expect(page.Locator(".mud-popover-open")).ToHaveCountAsync(0);
        await page.Locator("#postal-code-folder-import").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ersetzen" }).ClickAsync();
        await Assertions.Expect(page.Locator("#postal-codes-summary")).ToHaveTextAsync("4 Postleitzahlen in 4 Regionen");
        await page.ScreenshotAsync("geo-05-postal-codes-import-folder");
        Directory.Delete(folder, recursive: true);
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
        await page.ScreenshotAsync("geo-06-patient-location");
    }
}
