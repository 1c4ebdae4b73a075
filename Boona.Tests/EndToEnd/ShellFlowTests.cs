using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class ShellFlowTests
{
    [Fact]
    public async Task A_coordinator_signs_in_sees_todays_work_switches_to_English_and_signs_out()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;

        await page.GotoAsync("/calls?due=today");
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in?ReturnUrl=", StringComparison.Ordinal));
        await page.ScreenshotAsync("shell-01-sign-in");
        await page.SignInAsCoordinatorAsync();
        await Assertions.Expect(page.Locator("#todays-work")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("Übersicht");
        await page.ScreenshotAsync("shell-02-todays-work");

        await page.Locator("#work-calls").ClickAsync();
        await page.WaitForURLAsync("**/calls?due=today");
        await Assertions.Expect(page.Locator("#calls-table")).ToBeVisibleAsync();
        await page.ScreenshotAsync("shell-03-calls-due-today");

        await page.Locator("#language-menu button").ClickAsync();
        await page.Locator("#language-en").ClickAsync();
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("h4").First).ToHaveTextAsync("Calls");
        await page.OpenAsync("/");
        await Assertions.Expect(page.GetByText("Today's work")).ToBeVisibleAsync();
        await page.ScreenshotAsync("shell-04-english");

        await page.SignOutAsync();
        await Assertions.Expect(page.Locator("#sign-in-submit")).ToBeVisibleAsync();
        await page.GotoAsync("/");
        await page.WaitForURLAsync(url => url.Contains("/account/sign-in", StringComparison.Ordinal));
    }
}
