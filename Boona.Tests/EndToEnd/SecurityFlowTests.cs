using Boona.Web.Security;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class SecurityFlowTests
{
    [Fact]
    public async Task An_admin_signs_a_coordinator_out_everywhere_and_the_coordinators_open_page_goes_to_the_sign_in()
    {
        await using var session = await BrowserSession.StartAsync(settings: new Dictionary<string, string> { ["Security:CircuitRevalidationSeconds"] = "1" });
        var coordinator = session.Page;
        await coordinator.SignInAsCoordinatorAsync();
        await coordinator.OpenAsync("/patients");
        var admin = await session.AnotherPersonAsync();
        await admin.SignInAsAdminAsync();

        await admin.OpenAsync("/admin/users");
        var row = admin.Locator("#users-table tr", new() { HasText = DemoAccounts.Coordinator.Email });
        await row.Locator(".mud-menu button").ClickAsync();
        await admin.ScreenshotAsync("security-01-user-actions");
        await admin.Locator("#user-sign-out-everywhere").ClickAsync();
        await Assertions.Expect(admin.GetByText("auf allen Geräten abmelden?")).ToBeVisibleAsync();
        await admin.ScreenshotAsync("security-02-sign-out-everywhere");
        await admin.SetViewportSizeAsync(390, 844);
        await admin.ScreenshotAsync("security-03-sign-out-everywhere-phone");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Überall abmelden" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("ist auf allen Geräten abgemeldet")).ToBeVisibleAsync();

        await coordinator.WaitForURLAsync(url => url.Contains(PublicRoutes.SignIn, StringComparison.Ordinal));
        await Assertions.Expect(coordinator.Locator("#sign-in-submit")).ToBeVisibleAsync();
        await Assertions.Expect(admin.Locator("#users-table")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_admin_creates_an_api_key_and_sees_when_it_expires()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsAdminAsync();

        await page.OpenAsync("/admin/api-keys");
        await page.Locator("[data-testid=api-key-create]").ClickAsync();
        await page.Locator("input[data-testid=api-key-name]").FillAsync("Website-Anmeldeformular");
        await page.ScreenshotAsync("security-03b-api-key-scopes");
        await page.Locator("[data-testid=api-key-scope-Registration]").ClickAsync();
        await page.Locator("[data-testid=api-key-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=api-key-expiry]")).ToContainTextAsync("Gültig bis");
        await page.ScreenshotAsync("security-04-api-key-created");
        await page.Locator("[data-testid=api-key-done]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=api-key-last-used]")).ToHaveTextAsync("nie");
        await Assertions.Expect(page.Locator("[data-testid=api-key-scope]")).ToHaveTextAsync("Nur Registrierungen");
        await page.ScreenshotAsync("security-05-api-keys");
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        await page.WaitForCircuitAsync();
        await page.ScreenshotAsync("security-06-api-keys-phone");
    }
}
