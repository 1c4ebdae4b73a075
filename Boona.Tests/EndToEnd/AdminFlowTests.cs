using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class AdminFlowTests
{
    [Fact]
    public async Task An_admin_creates_a_coordinator_who_can_sign_in_and_fixes_a_wrong_setting()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/users");
        await Assertions.Expect(page.Locator("#users-table")).ToContainTextAsync("koordination@demo.boona.de");
        await page.Locator("#user-create").ClickAsync();
        await page.Locator("#user-name").FillAsync("Lena Berg");
        await page.Locator("#user-email").FillAsync("lena.berg@boona.de");
        await page.Locator("#user-password").FillAsync("kurz");
        await page.Locator("#user-save").ClickAsync();
        await Assertions.Expect(page.GetByText("Das Passwort ist zu kurz (mindestens 12 Zeichen).")).ToBeVisibleAsync();
        await page.Locator("#user-password").FillAsync("Lena-ihr-Passwort");
        await page.Locator("#user-save").ClickAsync();
        await Assertions.Expect(page.Locator("#users-table")).ToContainTextAsync("lena.berg@boona.de");
        await page.ScreenshotAsync("shell-05-admin-users");

        await page.OpenAsync("/admin/settings");
        await page.Locator("#setting-BundleSizeMax").FillAsync("9");
        await page.Locator("#settings-save").ClickAsync();
        await Assertions.Expect(page.GetByText("Der Wert liegt außerhalb des erlaubten Bereichs.")).ToBeVisibleAsync();
        await page.ScreenshotAsync("shell-06-admin-settings-invalid");

        await page.SignOutAsync();
        await page.SignInAsync("lena.berg@boona.de", "Lena-ihr-Passwort");
        await Assertions.Expect(page.Locator("#todays-work")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("Verwaltung")).ToHaveCountAsync(0);
    }
}
