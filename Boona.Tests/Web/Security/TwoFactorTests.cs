using System.Net;
using Boona.Tests.Support;
using Boona.Web.Security;

namespace Boona.Tests.Web.Security;

/// <summary>Sign-in with an authenticator app: setting it up on the account page, then the second step of every sign-in.</summary>
public sealed class TwoFactorTests
{
    [Fact]
    public async Task A_staff_member_turns_it_on_with_a_code_and_from_then_on_every_sign_in_asks_for_one()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = await StaffClient.SignedInAsync(app, email, StaffAccounts.Password);

        var setup = await client.GetStringAsync(Relative("/account/two-factor"), Token);
        var key = TwoFactorClient.KeyOn(setup);
        using var wrong = await PostFormAsync(client, "/account/two-factor", "two-factor", "000000");
        using var enabled = await PostFormAsync(client, "/account/two-factor", "two-factor", Totp.Code(key, DateTimeOffset.UtcNow));
        using var stillSignedIn = await client.GetAsync(Relative("/"), Token);

        Assert.Contains("Der Code ist falsch", WebUtility.HtmlDecode(await wrong.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Contains("jetzt eingeschaltet", WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.True(await StaffAccounts.UseAsync(app, async users => (await users.FindByEmailAsync(email))!.TwoFactorEnabled));
        Assert.Equal(HttpStatusCode.OK, stillSignedIn.StatusCode);

        using var fresh = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostSignInAsync(fresh, email, StaffAccounts.Password, "/patients");
        using var beforeCode = await fresh.GetAsync(Relative("/"), Token);
        // The next step's code: the one that turned it on has been used.
        using var withCode = await PostFormAsync(fresh, PathOf(password), "sign-in-code", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        using var afterCode = await fresh.GetAsync(Relative("/"), Token);

        Assert.StartsWith(PublicRoutes.SignInCode + "?ReturnUrl=%2Fpatients", PathOf(password), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, beforeCode.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, "/patients"), (withCode.StatusCode, PathOf(withCode)));
        Assert.Equal(HttpStatusCode.OK, afterCode.StatusCode);
    }

    [Fact]
    public async Task Wrong_codes_count_towards_the_lockout_and_the_code_page_needs_the_password_step_first()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false, new Dictionary<string, string> { ["Security:MaxFailedAttempts"] = "3", ["Security:LockoutMinutes"] = "7" });
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Admin);
        var key = await TwoFactorClient.EnableAsync(app, email);
        using var stranger = StaffClient.Anonymous(app);
        using var direct = await stranger.GetAsync(Relative(PublicRoutes.SignInCode), Token);
        using var client = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        var codePage = PathOf(password);

        using var malformed = await PostFormAsync(client, codePage, "sign-in-code", "12ab");
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (await PostFormAsync(client, codePage, "sign-in-code", attempt.ToString("D6", System.Globalization.CultureInfo.InvariantCulture))).Dispose();
        }

        using var right = await PostFormAsync(client, codePage, "sign-in-code", Totp.Code(key, DateTimeOffset.UtcNow));

        var directPage = WebUtility.HtmlDecode(await direct.Content.ReadAsStringAsync(Token));
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        Assert.Contains("Die Anmeldung ist abgelaufen", directPage, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"code\"", directPage, StringComparison.Ordinal);
        Assert.Contains("sechs Ziffern", WebUtility.HtmlDecode(await malformed.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Contains("für 7 Minuten gesperrt", WebUtility.HtmlDecode(await right.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_code_opens_one_session_only_and_no_earlier_code_opens_another()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        var key = await TwoFactorClient.EnableAsync(app, email);
        var now = DateTimeOffset.UtcNow;

        var (first, _) = await TwoFactorClient.SignedInWithCodeAsync(app, email, Totp.Code(key, now));
        using var __ = first;
        var sameCode = await CodeStepAsync(app, email, Totp.Code(key, now));
        var earlierCode = await CodeStepAsync(app, email, Totp.Code(key, now.AddSeconds(-30)));
        var nextCode = await CodeStepAsync(app, email, Totp.Code(key, now.AddSeconds(30)));

        Assert.Equal(HttpStatusCode.OK, sameCode.StatusCode);
        Assert.Contains("Der Code ist falsch", sameCode.Page, StringComparison.Ordinal);
        Assert.Contains("Der Code ist falsch", earlierCode.Page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, nextCode.StatusCode);
    }

    [Fact]
    public async Task The_code_that_turned_it_on_does_not_sign_in_again()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = await StaffClient.SignedInAsync(app, email, StaffAccounts.Password);
        var key = TwoFactorClient.KeyOn(await client.GetStringAsync(Relative("/account/two-factor"), Token));
        var code = Totp.Code(key, DateTimeOffset.UtcNow);

        using var enabled = await PostFormAsync(client, "/account/two-factor", "two-factor", code);
        var again = await CodeStepAsync(app, email, code);

        Assert.Contains("jetzt eingeschaltet", WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Contains("Der Code ist falsch", again.Page, StringComparison.Ordinal);
    }

    /// <summary>A fresh browser: the password step, then the given code.</summary>
    private static async Task<(HttpStatusCode StatusCode, string Page)> CodeStepAsync(BoonaAppFactory app, string email, string code)
    {
        using var client = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        using var response = await PostFormAsync(client, PathOf(password), "sign-in-code", code);
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token)));
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static string PathOf(HttpResponseMessage redirect) => TwoFactorClient.PathOf(redirect);

    private static Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string formName, string code) =>
        TwoFactorClient.PostCodeAsync(client, path, formName, code);
}
