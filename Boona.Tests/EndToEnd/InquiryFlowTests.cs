using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class InquiryFlowTests
{
    [Fact]
    public async Task A_coordinator_builds_an_inquiry_for_a_region_records_the_acceptance_and_finds_the_overdue_ones()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var (region, therapistId) = await DemoTherapists.WithCandidatesAsync(session, Boona.Domain.Therapists.ContactChannel.Phone);
        var shown = await ShownPatients.LoadAsync(session);
        await page.SignInAsCoordinatorAsync();
        var openedAt = DateTimeOffset.UtcNow.AddSeconds(-1);

        await page.OpenAsync("/inquiries/new");
        await page.Locator("input[data-testid=region-input]").FillAsync(region);
        await page.Locator("input[data-testid=region-input]").PressAsync("Enter");
        var row = page.Locator($"[data-testid=contactable-therapist][data-therapist-id='{therapistId}']");
        await row.Locator("[data-testid=choose-therapist]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=candidate]").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=candidate-distance]").First).ToContainTextAsync("km");
        await page.ScreenshotAsync("inquiries-01-builder");
        var candidates = shown.In(await page.InnerTextAsync("body"));
        Assert.NotEmpty(candidates);
        Assert.Empty(await shown.NotLoggedAsync(candidates, Boona.Web.Security.DemoAccounts.Coordinator.Email, openedAt));

        await page.Locator("[data-testid=create-inquiry]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestätigen" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/inquiries/[0-9]+$"));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=inquiry-state]")).ToHaveTextAsync("Nicht versendet");
        await AssertMessageLeavesBackToListFreeAsync(page);
        await Assertions.Expect(page.Locator("[data-testid=outreach-call]")).ToContainTextAsync("geplant");

        await page.Locator("[data-testid=record-answer]").First.ClickAsync();
        await page.Locator("input[data-testid=outcome-Accepted]").ClickAsync();
        await page.Locator("[data-testid=answer-save]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=patient-outcome]").First).ToContainTextAsync("Zusage: Probatorik");
        await Assertions.Expect(page.Locator("[data-testid=patient-search]").First).ToHaveTextAsync("vermittelt");
        await Assertions.Expect(page.Locator("[data-testid=outreach-call]")).ToContainTextAsync("erreicht");
        await page.ScreenshotAsync("inquiries-02-detail-accepted");

        await page.OpenAsync("/inquiries");
        await page.Locator("[data-testid=state-Overdue]").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("state=overdue", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=inquiry-state]").First).ToHaveTextAsync("Überfällig");
        await page.ScreenshotAsync("inquiries-03-overdue");
    }

    /// <summary>The "Anfrage erstellt" message once covered "Zur Liste" at the top right.</summary>
    private static async Task AssertMessageLeavesBackToListFreeAsync(IPage page)
    {
        var message = page.Locator(".mud-snackbar").First;
        await Assertions.Expect(message).ToBeVisibleAsync();
        var shown = await message.BoundingBoxAsync();
        var back = await page.Locator("[data-testid=back-to-list]").BoundingBoxAsync();
        Assert.NotNull(shown);
        Assert.NotNull(back);
        var overlaps = shown.X < back.X + back.Width && back.X < shown.X + shown.Width
            && shown.Y < back.Y + back.Height && back.Y < shown.Y + shown.Height;
        Assert.False(overlaps, $"The message at {shown.X},{shown.Y} covers 'Zur Liste' at {back.X},{back.Y}.");
    }
}
