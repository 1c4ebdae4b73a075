using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>Phone-size checks: no sideways scrolling, and every named action visible within the screen and its card.</summary>
public static class ScreenFit
{
    /// <summary>Whether an element shows all of its content and lies within the card or paper around it (a button squeezed by its column does not).</summary>
    private const string InsideItsCard =
        "e => { if (e.scrollWidth > e.clientWidth + 1) return false; const c = e.parentElement.closest('.mud-paper'); if (!c) return true; const a = e.getBoundingClientRect(), b = c.getBoundingClientRect(); return a.left >= b.left - 0.5 && a.right <= b.right + 0.5; }";

    /// <summary>The document is no wider than the screen, and each action is shown within its width and its card.</summary>
    public static async Task AssertFitsScreenAsync(this IPage page, params string[] actions)
    {
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (document, screen) = (widths[0], widths[1]);
        var wide = document <= screen ? string.Empty : await page.EvaluateAsync<string>(
            "w => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > w).slice(-5).map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).join('; ')", screen);
        Assert.True(document <= screen, $"{page.Url}: the document is {document} px wide on a {screen} px screen: {wide}");
        foreach (var action in actions)
        {
            var first = page.Locator(action).First;
            await first.ScrollIntoViewIfNeededAsync();
            await Assertions.Expect(first).ToBeVisibleAsync();
            var box = await first.BoundingBoxAsync();
            Assert.True(box is { X: >= 0 } && box.X + box.Width <= screen + 0.5, $"{page.Url}: {action} lies at {box?.X}–{box?.X + box?.Width} on a {screen} px screen.");
            Assert.True(await first.EvaluateAsync<bool>(InsideItsCard), $"{page.Url}: {action} sticks out of its card.");
        }
    }
}
