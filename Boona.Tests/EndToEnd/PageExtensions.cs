using Boona.Web.Security;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>What every browser test needs: sign in, wait for the live circuit, save screenshots.</summary>
public static class PageExtensions
{
    /// <summary>
    /// Screenshots land in <c>Boona.Tests/bin/&lt;Configuration&gt;/net10.0/TestResults/screenshots</c>
    /// (or <c>BOONA_SCREENSHOTS</c>) and are attached to the test result.
    /// </summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("BOONA_SCREENSHOTS") is { Length: > 0 } folder
            ? folder
            : System.IO.Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>
    /// Waits until the page's circuit is live (the layout sets <c>data-circuit="live"</c> in OnAfterRender).
    /// Clicking earlier hits prerendered markup with no event handlers behind it.
    /// </summary>
    public static Task WaitForCircuitAsync(this IPage page) =>
        page.Locator("[data-circuit='live']").WaitForAsync();

    public static Task SignInAsCoordinatorAsync(this IPage page) =>
        page.SignInAsync(DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);

    public static Task SignInAsAdminAsync(this IPage page) =>
        page.SignInAsync(DemoAccounts.Admin.Email, DemoAccounts.Admin.Password);

    /// <summary>Signs in through the form and waits until the start page is interactive.</summary>
    public static async Task SignInAsync(this IPage page, string email, string password)
    {
        await page.GotoAsync(PublicRoutes.SignIn);
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("#sign-in-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains(PublicRoutes.SignIn, StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
    }

    /// <summary>Opens a page of the app by its path and waits for its circuit.</summary>
    public static async Task OpenAsync(this IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForCircuitAsync();
    }

    /// <summary>Signs out through the user menu.</summary>
    public static async Task SignOutAsync(this IPage page)
    {
        await page.Locator("#user-menu button").First.ClickAsync();
        await page.Locator("#sign-out").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains(PublicRoutes.SignIn, StringComparison.Ordinal));
    }

    /// <summary>
    /// Saves a full-page screenshot as <c>{name}.png</c> in the screenshots folder. Not attached to the test as well:
    /// the test adapter copies every attachment into the temp folder as <c>{name}.png.png</c> and never removes it.
    /// </summary>
    public static async Task<string> ScreenshotAsync(this IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var file = System.IO.Path.Combine(ScreenshotFolder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
        return file;
    }
}
