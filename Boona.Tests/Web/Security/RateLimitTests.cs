using System.Net;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Boona.Web.Security;

namespace Boona.Tests.Web.Security;

/// <summary>
/// Sign-in and code attempts per address and per account, the API per key, the public pages per address: one more
/// than the limit gets 429 with Retry-After, and another address, account or key goes on as before.
/// </summary>
public sealed class RateLimitTests
{
    private const string Wrong = "wrong-password-here";

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_address_and_another_address_is_unaffected()
    {
        await using var app = App(new() { ["RateLimits:SignInPerAddressPerMinute"] = "3" });
        using var first = StaffClient.Anonymous(app).From("203.0.113.1");
        using var second = StaffClient.Anonymous(app).From("203.0.113.2");

        for (var attempt = 0; attempt < 3; attempt++)
        {
            (await StaffClient.PostSignInAsync(first, $"person{attempt}@test.boona.de", Wrong)).Dispose();
        }

        using var limited = await StaffClient.PostSignInAsync(first, "another@test.boona.de", Wrong);
        using var elsewhere = await StaffClient.PostSignInAsync(second, "another@test.boona.de", Wrong);

        await AssertLimitedPageAsync(limited, "Zu viele Anmeldeversuche");
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", await PageAsync(elsewhere), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_attempts_are_limited_per_account_from_any_address_known_or_not()
    {
        await using var app = App(new() { ["RateLimits:SignInPerAccountPerMinute"] = "2" });
        var known = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        var other = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        const string Unknown = "nobody@test.boona.de";

        var answers = new List<HttpResponseMessage>();
        foreach (var email in new[] { known, Unknown })
        {
            for (var address = 1; address <= 3; address++)
            {
                using var client = StaffClient.Anonymous(app).From($"198.51.100.{address}");
                answers.Add(await StaffClient.PostSignInAsync(client, email, email == known && address == 3 ? StaffAccounts.Password : Wrong));
            }
        }

        using var otherClient = StaffClient.Anonymous(app).From("198.51.100.3");
        using var otherAccount = await StaffClient.PostSignInAsync(otherClient, other, StaffAccounts.Password);

        await AssertLimitedPageAsync(answers[2], "Zu viele Anmeldeversuche");
        await AssertLimitedPageAsync(answers[5], "Zu viele Anmeldeversuche");
        Assert.All(answers.Where((_, i) => i is not 2 and not 5), a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Equal(HttpStatusCode.Redirect, otherAccount.StatusCode);
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task Code_attempts_are_limited_per_account()
    {
        await using var app = App(new() { ["RateLimits:SignInPerAccountPerMinute"] = "2" });
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        var key = await TwoFactorClient.EnableAsync(app, email);
        using var client = StaffClient.Anonymous(app).From("192.0.2.7");
        using var password = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        var codePage = TwoFactorClient.PathOf(password);

        (await TwoFactorClient.PostCodeAsync(client, codePage, "sign-in-code", "000000")).Dispose();
        (await TwoFactorClient.PostCodeAsync(client, codePage, "sign-in-code", "000001")).Dispose();
        using var limited = await TwoFactorClient.PostCodeAsync(client, codePage, "sign-in-code", Totp.Code(key, DateTimeOffset.UtcNow));

        await AssertLimitedPageAsync(limited, "Zu viele Anmeldeversuche");
    }

    [Fact]
    public async Task The_api_is_limited_per_key_with_a_problem_answer()
    {
        await using var app = new ApiApp(new Dictionary<string, string> { ["RateLimits:ApiPerKeyPerMinute"] = "3" });
        using var busy = app.Client(await app.NewKeyAsync("Busy"));
        using var calm = app.Client(await app.NewKeyAsync("Calm"));

        for (var request = 0; request < 3; request++)
        {
            using var allowed = await busy.GetAsync(ApiApp.Url("/api/v1/inquiries"), Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var limited = await busy.GetAsync(ApiApp.Url("/api/v1/inquiries"), Token);
        using var otherKey = await calm.GetAsync(ApiApp.Url("/api/v1/inquiries"), Token);

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After.");
        Assert.Equal("application/problem+json", limited.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, (await ApiApp.JsonAsync(limited)).GetProperty("status").GetInt32());
        Assert.Equal(HttpStatusCode.OK, otherKey.StatusCode);
    }

    [Fact]
    public async Task The_public_pages_are_limited_per_address()
    {
        await using var app = App(new() { ["RateLimits:PublicPerAddressPerMinute"] = "3" });
        using var first = StaffClient.Anonymous(app).From("2001:db8::1");
        using var second = StaffClient.Anonymous(app).From("2001:db8::2");

        for (var request = 0; request < 3; request++)
        {
            using var allowed = await first.GetAsync(new Uri(PublicRoutes.SignIn, UriKind.Relative), Token);
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var signIn = await first.GetAsync(new Uri(PublicRoutes.SignIn, UriKind.Relative), Token);
        using var culture = await first.GetAsync(new Uri("/culture?culture=en&redirectUri=/", UriKind.Relative), Token);
        using var elsewhere = await second.GetAsync(new Uri("/culture?culture=en&redirectUri=/", UriKind.Relative), Token);

        await AssertLimitedPageAsync(signIn, "Zu viele Anfragen");
        Assert.Equal(HttpStatusCode.TooManyRequests, culture.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
    }

    private static BoonaAppFactory App(Dictionary<string, string> settings) => new(seedDemoData: false, settings, ClientAddresses.Register);

    private static async Task AssertLimitedPageAsync(HttpResponseMessage response, string message)
    {
        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "No Retry-After.");
        Assert.Contains(message, await PageAsync(response), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
}
