using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

[Collection(EndToEndCollection.Name)]
public sealed class TherapistFlowTests
{
    [Fact]
    public async Task A_coordinator_finds_a_therapist_by_name_and_region_blocks_them_with_a_reason_and_lifts_the_block()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var therapist = await ActiveTherapistAsync(session);
        await page.SignInAsCoordinatorAsync();

        await page.OpenAsync("/therapists");
        await Assertions.Expect(page.Locator("[data-testid=therapist-name]").First).ToBeVisibleAsync();
        await page.ScreenshotAsync("therapists-01-list");
        await page.Locator("input[data-testid=filter-name]").FillAsync(therapist.LastName);
        await page.WaitForURLAsync(url => url.Contains("name=", StringComparison.Ordinal));
        await page.Locator("input[data-testid=filter-plz]").FillAsync(therapist.PostalCode[..2]);
        await page.WaitForURLAsync(url => url.Contains("plz=", StringComparison.Ordinal));
        var row = page.Locator("[data-testid=therapist-name]", new() { HasText = therapist.DisplayName });
        await Assertions.Expect(row).ToBeVisibleAsync();
        await page.ScreenshotAsync("therapists-02-list-filtered");

        await row.ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/therapists/{therapist.Id}", StringComparison.Ordinal));
        await page.WaitForCircuitAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-title]")).ToHaveTextAsync(therapist.DisplayName);
        await Assertions.Expect(page.Locator("[data-testid=therapist-phone-hours]")).ToBeVisibleAsync();
        await page.ScreenshotAsync("therapists-03-detail");

        await page.Locator("[data-testid=therapist-block]").ClickAsync();
        await page.Locator("[data-testid=block-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Bitte einen Grund für die Sperrung angeben.");
        Assert.Equal(TherapistStatus.Active, await StatusAsync(session, therapist.Id));
        await page.Locator("textarea[data-testid=block-reason]").FillAsync("Hat Patient:innen mehrfach ohne Rückmeldung warten lassen");
        await page.Locator("input[data-testid=block-until]").FillAsync("2027-06-30");
        await page.Locator("[data-testid=block-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-block-info]")).ToContainTextAsync("ohne Rückmeldung warten lassen");
        await Assertions.Expect(page.Locator("[data-testid=therapist-block-info]")).ToContainTextAsync("30.06.2027");
        await page.ScreenshotAsync("therapists-04-blocked");
        Assert.Equal(TherapistStatus.Blocked, await StatusAsync(session, therapist.Id));

        await page.Locator("[data-testid=therapist-unblock]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestätigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-block]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-block-info]")).ToHaveCountAsync(0);
        Assert.Equal(TherapistStatus.Active, await StatusAsync(session, therapist.Id));
    }

    private sealed record Listed(int Id, string LastName, string PostalCode, string DisplayName);

    /// <summary>An active demo therapist whose last name and region make the list show them.</summary>
    private static async Task<Listed> ActiveTherapistAsync(BrowserSession session)
    {
        await using var context = await Factory(session).CreateDbContextAsync(TestContext.Current.CancellationToken);
        var therapist = await context.Therapists.AsNoTracking().Where(t => t.Status == TherapistStatus.Active)
            .OrderBy(t => t.Id).FirstAsync(TestContext.Current.CancellationToken);
        return new Listed(therapist.Id, therapist.LastName, therapist.PostalCode.Value, therapist.DisplayName);
    }

    private static async Task<TherapistStatus> StatusAsync(BrowserSession session, int id)
    {
        await using var context = await Factory(session).CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await context.Therapists.Where(t => t.Id == id).Select(t => t.Status).SingleAsync(TestContext.Current.CancellationToken);
    }

    private static IDbContextFactory<BoonaDbContext> Factory(BrowserSession session) =>
        session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
}
