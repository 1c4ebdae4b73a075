using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>
/// Both forms pick languages from the one list with the keyboard: type part of a name, Enter adds it as a chip, the chip's
/// button removes it; the record stores codes and its page names them in German (issue 10 item 8).
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class LanguageFlowTests
{
    [Fact]
    public async Task A_coordinator_picks_a_therapists_languages_by_typing_their_German_names_and_the_page_shows_them_in_German()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var id = await FirstAsync(session, c => c.Therapists.Where(t => t.Status == TherapistStatus.Active).OrderBy(t => t.Id).Select(t => t.Id));
        await page.SignInAsCoordinatorAsync();
        await page.OpenAsync($"/therapists/{id}/edit");
        await Assertions.Expect(page.Locator("input[data-testid=language-search]")).ToBeVisibleAsync();
        await RemoveAllAsync(page);

        await PickAsync(page, "engl", "Englisch");
        await PickAsync(page, "Gebärden", "Deutsche Gebärdensprache (DGS)");
        await PickAsync(page, "tü", "Türkisch");
        await page.Locator("input[data-testid=language-search]").FillAsync("pers");
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync("Persisch");
        await page.ScreenshotAsync("languages-01-therapist-form-search");
        await page.Locator("input[data-testid=language-search]").PressAsync("Escape");
        await page.Locator("[data-testid=remove-language-tr]").ClickAsync();
        await Assertions.Expect(Chips(page)).ToHaveTextAsync(["Deutsche Gebärdensprache (DGS)", "Englisch"]);
        await page.Locator("[data-testid=field-languages]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("languages-02-therapist-form-chips");
        await page.SetViewportSizeAsync(390, 844);
        await page.Locator("[data-testid=field-languages]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("languages-03-therapist-form-phone");
        await page.AssertFitsScreenAsync("input[data-testid=language-search]", "[data-testid=remove-language-en]");
        await page.SetViewportSizeAsync(1400, 900);

        await page.Locator("[data-testid=therapist-save]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/therapists/{id}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=therapist-profile]")).ToContainTextAsync("Deutsche Gebärdensprache (DGS), Englisch");
        await page.ScreenshotAsync("languages-04-therapist-page");
        Assert.Equal(["en", "gsg"], await FirstAsync(session, c => c.Therapists.Where(t => t.Id == id).Select(t => t.Languages)));
    }

    [Fact]
    public async Task A_coordinator_picks_a_patients_languages_from_the_list_and_the_patient_page_names_them_in_German()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var id = await FirstAsync(session, c => c.Patients.OrderBy(p => p.Id).Select(p => p.Id));
        await page.SignInAsCoordinatorAsync();
        await page.OpenAsync($"/patients/{id}/edit");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Wünsche" }).ClickAsync();
        await RemoveAllAsync(page, "field-Languages");
        await Assertions.Expect(page.Locator("[data-testid=field-Languages] [data-testid=language-chips]")).ToContainTextAsync("Deutsch");

        await PickAsync(page, "arab", "Arabisch", "field-Languages");
        await PickAsync(page, "Farsi", "Persisch", "field-Languages");
        await page.ScreenshotAsync("languages-05-patient-form");
        await page.SetViewportSizeAsync(390, 844);
        await page.ScreenshotAsync("languages-06-patient-form-phone");
        await page.AssertFitsScreenAsync("[data-testid=field-Languages] input[data-testid=language-search]", "[data-testid=remove-language-fa]");
        await page.SetViewportSizeAsync(1400, 900);

        await page.Locator("[data-testid=save-patient]").ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith($"/patients/{id}", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("[data-testid=patient-logistics]")).ToContainTextAsync("Arabisch, Persisch");
        await page.Locator("[data-testid=patient-logistics]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync("languages-07-patient-page");
        Assert.Equal(["ar", "fa"], await FirstAsync(session, c => c.Patients.Where(p => p.Id == id).Select(p => p.RequiredLanguages)));
    }

    private static ILocator Chips(IPage page, string field = "field-languages") =>
        page.Locator($"[data-testid={field}] [data-testid=language-chips] .mud-chip");

    /// <summary>Types into the search box and picks the first match with Enter, as a keyboard user does.</summary>
    private static async Task PickAsync(IPage page, string typed, string name, string field = "field-languages")
    {
        var search = page.Locator($"[data-testid={field}] input[data-testid=language-search]");
        await search.ClickAsync();
        await search.PressSequentiallyAsync(typed);
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item").First).ToContainTextAsync(name);
        await search.PressAsync("Enter");
        await Assertions.Expect(Chips(page, field).Filter(new() { HasText = name })).ToHaveCountAsync(1);
        await Assertions.Expect(search).ToHaveValueAsync(string.Empty);

        // Enter picked the language and did not submit the form around the box as well.
        Assert.EndsWith("/edit", page.Url, StringComparison.Ordinal);
    }

    private static async Task RemoveAllAsync(IPage page, string field = "field-languages")
    {
        var remove = page.Locator($"[data-testid={field}] [data-testid^=remove-language-]");
        while (await remove.CountAsync() > 0)
        {
            var before = await remove.CountAsync();
            await remove.First.ClickAsync();
            await Assertions.Expect(remove).ToHaveCountAsync(before - 1);
        }
    }

    private static async Task<T> FirstAsync<T>(BrowserSession session, Func<BoonaDbContext, IQueryable<T>> query)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        return await query(context).FirstAsync(TestContext.Current.CancellationToken);
    }
}
