using System.Net;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Security;

/// <summary>
/// A session ends everywhere when it should: a copy of the cookie, replayed from elsewhere, is refused at its next
/// request after a sign-out, a password reset, disabling, a 2FA change, a role change or an admin's "sign out everywhere".
/// </summary>
public sealed class SessionTests
{
    private const string Patients = "/api/v1/patients";

    [Fact]
    public async Task Signing_out_ends_every_copy_of_the_session_cookie()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var (client, cookie) = await StaffClient.SignedInWithCookieAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);
        using var _ = client;
        using var copy = StaffClient.Replaying(app, cookie);

        using var before = await copy.GetAsync(Relative(Patients), Token);
        using var signOut = await StaffClient.PostSignOutAsync(client);
        using var api = await copy.GetAsync(Relative(Patients), Token);
        using var page = await copy.GetAsync(Relative("/patients"), Token);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(PublicRoutes.SignIn, signOut.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
        Assert.Equal((HttpStatusCode.Redirect, PublicRoutes.SignIn), (page.StatusCode, page.Headers.Location?.AbsolutePath));
    }

    public static TheoryData<string> AdminChanges => ["password reset", "disabled", "two-factor reset", "role change", "sign out everywhere"];

    [Theory]
    [MemberData(nameof(AdminChanges))]
    public async Task An_admins_change_to_an_account_ends_its_sessions_at_their_next_request(string change)
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var adminId = await IdOfAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Admin));
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        var userId = await IdOfAsync(app, email);
        var (client, cookie) = await StaffClient.SignedInWithCookieAsync(app, email, StaffAccounts.Password);
        using var _ = client;
        using var copy = StaffClient.Replaying(app, cookie);
        using var before = await copy.GetAsync(Relative(Patients), Token);

        var commands = app.Services.GetRequiredService<StaffUserCommands>();
        var result = change switch
        {
            "password reset" => await commands.ResetPasswordAsync(userId, "Ein-ganz-neues-Passwort"),
            "disabled" => await commands.SetDisabledAsync(userId, true, adminId),
            "two-factor reset" => await commands.ResetTwoFactorAsync(userId),
            "role change" => await commands.ChangeRoleAsync(userId, BoonaRoles.Admin, adminId),
            _ => await commands.SignOutEverywhereAsync(userId),
        };
        using var after = await copy.GetAsync(Relative(Patients), Token);
        using var session = await client.GetAsync(Relative(Patients), Token);

        Assert.True(result.IsSuccess);
        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Fact]
    public async Task Turning_two_factor_on_or_off_ends_the_other_sessions_and_keeps_this_one()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var here = await StaffClient.SignedInAsync(app, email, StaffAccounts.Password);
        var key = TwoFactorClient.KeyOn(await here.GetStringAsync(Relative("/account/two-factor"), Token));
        var (elsewhere, cookie) = await StaffClient.SignedInWithCookieAsync(app, email, StaffAccounts.Password);
        using var _ = elsewhere;
        using var copy = StaffClient.Replaying(app, cookie);

        using var enabled = await TwoFactorClient.PostCodeAsync(here, "/account/two-factor", "two-factor", Totp.Code(key, DateTimeOffset.UtcNow));
        using var copyAfterOn = await copy.GetAsync(Relative(Patients), Token);
        using var hereAfterOn = await here.GetAsync(Relative(Patients), Token);
        var (later, laterCookie) = await TwoFactorClient.SignedInWithCodeAsync(app, email, Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30)));
        using var __ = later;
        using var laterCopy = StaffClient.Replaying(app, laterCookie);
        using var disabled = await TwoFactorClient.PostCodeAsync(here, "/account/two-factor", "two-factor", Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(60)));
        using var laterAfterOff = await laterCopy.GetAsync(Relative(Patients), Token);
        using var hereAfterOff = await here.GetAsync(Relative(Patients), Token);

        Assert.Contains("jetzt eingeschaltet", WebUtility.HtmlDecode(await enabled.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (copyAfterOn.StatusCode, hereAfterOn.StatusCode));
        Assert.Contains("ausgeschaltet", WebUtility.HtmlDecode(await disabled.Content.ReadAsStringAsync(Token)), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (laterAfterOff.StatusCode, hereAfterOff.StatusCode));
    }

    [Fact]
    public async Task A_sign_out_without_the_antiforgery_token_is_refused_and_the_session_stays()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = await StaffClient.SignedInAsync(app, await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator), StaffAccounts.Password);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/sign-out") { Content = form };
        request.Headers.Add("Origin", "http://localhost:8081");
        using var signOut = await client.SendAsync(request, Token);
        using var home = await client.GetAsync(Relative("/"), Token);

        Assert.Equal(HttpStatusCode.BadRequest, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    private static Task<string> IdOfAsync(BoonaAppFactory app, string email) =>
        StaffAccounts.UseAsync(app, async users => (await users.FindByEmailAsync(email))!.Id);

    private static Uri Relative(string path) => new(path, UriKind.Relative);
}
