using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>An admin edits an e-mail template with a live preview; a misspelt placeholder is named with its line; versions can be restored.</summary>
[Collection(EndToEndCollection.Name)]
public sealed class TemplatesFlowTests
{
    [Fact]
    public async Task An_admin_edits_the_inquiry_template_sees_a_misspelt_placeholder_refused_and_restores_the_shipped_text()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/templates");
        await Assertions.Expect(page.Locator("[data-testid=template-preview-subject]")).ToContainTextAsync("Anfrage zu einem Therapieplatz");
        await Assertions.Expect(page.Locator("[data-testid=template-preview-text]")).ToContainTextAsync("Impressum");
        await page.ScreenshotAsync("templates-01-editor");

        var text = page.Locator("#template-text");
        var shipped = await text.InputValueAsync();
        await text.FillAsync(shipped + "\n{{ patinet_count }} Personen");
        var problem = page.Locator("[data-testid=template-problem]");
        await Assertions.Expect(problem).ToContainTextAsync("unbekannter Platzhalter „patinet_count“");
        await Assertions.Expect(problem).ToContainTextAsync($"Zeile {shipped.Split('\n').Length + 1}");
        await Assertions.Expect(page.Locator("#template-save")).ToBeDisabledAsync();
        await page.ScreenshotAsync("templates-02-unknown-placeholder");

        await text.FillAsync(shipped + "\nMit Dank für Ihre Zeit.");
        await Assertions.Expect(problem).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=template-preview-text]")).ToContainTextAsync("Mit Dank für Ihre Zeit.");
        await page.Locator("#template-plural").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=template-preview-subject]")).ToContainTextAsync("für 2 Personen");
        await page.Locator("#template-save").ClickAsync();
        var versions = page.Locator("[data-testid=template-versions] tbody tr");
        await Assertions.Expect(versions.First).ToContainTextAsync("in Gebrauch");
        await Assertions.Expect(versions.First).ToContainTextAsync("admin");
        await page.ScreenshotAsync("templates-03-saved-version");

        await versions.Filter(new() { HasText = "Auslieferung" }).Locator("[data-testid=template-restore]").ClickAsync();
        await page.Locator(".mud-dialog button", new() { HasText = "Wiederherstellen" }).ClickAsync();
        await Assertions.Expect(versions.First).ToContainTextAsync("wiederhergestellt aus Auslieferung");
        await Assertions.Expect(versions).ToHaveCountAsync(3);
        Assert.Equal(shipped, await text.InputValueAsync());

        await page.SetViewportSizeAsync(390, 844);
        await page.OpenAsync("/admin/templates");
        await Assertions.Expect(page.Locator("[data-testid=template-preview-subject]")).ToBeVisibleAsync();
        await ScreenFit.AssertFitsScreenAsync(page);
        await page.ScreenshotAsync("templates-04-phone");
    }
}
