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

    [Fact]
    public async Task A_coordinator_deactivates_a_therapist_who_retired_and_reactivates_them_and_every_dialog_fits_a_phone()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var therapist = await ActiveTherapistAsync(session);
        await page.SignInAsCoordinatorAsync();
        await page.OpenAsync($"/therapists/{therapist.Id}");
        await Assertions.Expect(page.Locator("[data-testid=therapist-title]")).ToHaveTextAsync(therapist.DisplayName);

        // Every dialog of the page, at desktop size and on a phone: German texts, no error box before anything went wrong.
        (string Button, string Name)[] dialogs =
        [
            ("therapist-block", "block"), ("therapist-deactivate", "deactivate"), ("availability-edit", "availability"),
            ("preferences-edit", "preferences"), ("relationship-edit", "contact-rules"), ("cooling-override", "cooling"),
        ];
        foreach (var (width, height, size) in new[] { (1400, 900, "desktop"), (390, 844, "phone") })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync($"therapists-05-detail-{size}");
            await AssertFitsAsync(page, "the therapist page");
            foreach (var (button, name) in dialogs)
            {
                await page.Locator($"[data-testid={button}]").ClickAsync();
                var dialog = page.Locator(".mud-dialog");
                await Assertions.Expect(dialog).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("[data-testid=dialog-error]")).ToHaveCountAsync(0);
                await page.ScreenshotAsync($"therapists-06-dialog-{name}-{size}");
                await AssertFitsAsync(page, $"the {name} dialog");
                await dialog.GetByRole(AriaRole.Button, new() { Name = "Abbrechen" }).ClickAsync();
                await Assertions.Expect(dialog).ToHaveCountAsync(0);
            }
        }

        await page.SetViewportSizeAsync(1400, 900);
        await page.Locator("[data-testid=therapist-deactivate]").ClickAsync();
        await page.Locator("[data-testid=deactivate-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator(".mud-dialog")).ToContainTextAsync("Bitte einen Grund");
        await page.Locator("textarea[data-testid=deactivate-reason]").FillAsync("Praxis zum Jahresende aufgegeben (Ruhestand)");
        await page.Locator("[data-testid=deactivate-confirm]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-inactive-info]")).ToContainTextAsync("Ruhestand");
        await Assertions.Expect(page.Locator("[data-testid=therapist-status-history]")).ToContainTextAsync("Ruhestand");
        await page.ScreenshotAsync("therapists-07-inactive");
        Assert.Equal(TherapistStatus.Inactive, await StatusAsync(session, therapist.Id));

        await page.Locator("[data-testid=therapist-reactivate]").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Bestätigen" }).ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-deactivate]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=therapist-inactive-info]")).ToHaveCountAsync(0);
        Assert.Equal(TherapistStatus.Active, await StatusAsync(session, therapist.Id));
    }

    [Fact]
    public async Task The_therapist_list_fits_a_1440_px_screen_with_its_contact_column()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        await page.SignInAsCoordinatorAsync();
        await page.SetViewportSizeAsync(1440, 900);

        await page.OpenAsync("/therapists");
        await Assertions.Expect(page.Locator("[data-testid=therapist-name]").First).ToBeVisibleAsync();

        await page.ScreenshotAsync("therapists-08-list-1440");
        await AssertFitsAsync(page, "the therapist list");
        Assert.True(
            await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('.mud-table-container')].every(t => t.scrollWidth <= t.clientWidth + 1)"),
            "the therapist table scrolls sideways at 1440 px");
    }

    /// <summary>
    /// No sideways scrolling: the document is no wider than the window. The message names the widest elements that stick
    /// out (outside any container that scrolls by itself).
    /// </summary>
    private static async Task AssertFitsAsync(IPage page, string what)
    {
        var wider = await page.EvaluateAsync<string[]>("""
            () => {
                if (document.documentElement.scrollWidth <= window.innerWidth + 1) return [];
                const scrolls = e => { for (let p = e.parentElement; p; p = p.parentElement) { const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') return true; } return false; };
                return [...document.querySelectorAll('body *')]
                    .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !scrolls(e))
                    .slice(0, 8)
                    .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)} ${(e.textContent || '').trim().slice(0, 30)}`);
            }
            """);
        Assert.True(wider.Length == 0, $"{what} needs sideways scrolling at {page.ViewportSize?.Width} px: {string.Join(" | ", wider)}");
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
