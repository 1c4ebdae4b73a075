using Boona.Tests.Support;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>
/// The real app on Kestrel (loopback, free port, its own SQLite file with demo data) and a headless Chromium
/// page pointed at it. One per test: <c>await using var session = await BrowserSession.StartAsync();</c>
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Generous: two cores are shared by every test and every engineer; no test asserts timings.</summary>
    public const float TimeoutMs = 60_000;

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly List<IBrowserContext> _others = [];

    private BrowserSession(BoonaAppFactory app, IPlaywright playwright, IBrowser browser, IBrowserContext context, IPage page, string baseUrl)
    {
        App = app;
        _playwright = playwright;
        _browser = browser;
        Context = context;
        Page = page;
        BaseUrl = baseUrl;
    }

    public BoonaAppFactory App { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    public string BaseUrl { get; }

    /// <summary>Starts app and browser; skips the test (fails under BOONA_REQUIRE_ALL=1) when there is no Chromium.</summary>
    public static async Task<BrowserSession> StartAsync(bool seedDemoData = true, IReadOnlyDictionary<string, string>? settings = null)
    {
        var chromium = Chromium.Path();
        var app = new BoonaAppFactory(seedDemoData, settings);
        var baseUrl = app.StartOnLoopback().ToString().TrimEnd('/');
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = Chromium.Flags,
        });
        var context = await browser.NewContextAsync(ContextOptions(baseUrl));
        // Expect(...) has its own default of 5 s, too short on a busy machine.
        Assertions.SetDefaultExpectTimeout(TimeoutMs);
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        var page = await context.NewPageAsync();
        return new BrowserSession(app, playwright, browser, context, page, baseUrl);
    }

    /// <summary>A second person at another computer: a browser context of its own (its own cookies) on the same app.</summary>
    private static BrowserNewContextOptions ContextOptions(string baseUrl) => new()
    {
        BaseURL = baseUrl,
        Locale = "de-DE",
        TimezoneId = "Europe/Berlin",
        ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
    };

    public async Task<IPage> AnotherPersonAsync()
    {
        var context = await _browser.NewContextAsync(ContextOptions(BaseUrl));
        _others.Add(context);
        context.SetDefaultTimeout(TimeoutMs);
        context.SetDefaultNavigationTimeout(TimeoutMs);
        return await context.NewPageAsync();
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var other in _others)
        {
            await other.DisposeAsync();
        }

        await Context.DisposeAsync();
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
    }
}
