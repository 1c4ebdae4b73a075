using System.Net;
using System.Text.RegularExpressions;

namespace Boona.Tests.Support;

/// <summary>Sign-in with an authenticator app over HTTP: the key from the setup page, codes posted to the static forms.</summary>
public static partial class TwoFactorClient
{
    /// <summary>Turns two-factor sign-in on for an account through Identity and returns its key (base32).</summary>
    public static Task<string> EnableAsync(BoonaAppFactory app, string email) =>
        StaffAccounts.UseAsync(app, async users =>
        {
            var user = (await users.FindByEmailAsync(email))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });

    /// <summary>The key the setup page <c>/account/two-factor</c> shows.</summary>
    public static string KeyOn(string setupPage) => KeyPattern().Match(setupPage).Groups[1].Value;

    public static Task<HttpResponseMessage> PostCodeAsync(HttpClient client, string path, string formName, string code) =>
        StaffClient.PostFormAsync(client, path, formName, new Dictionary<string, string> { ["Model.Code"] = code });

    /// <summary>Both steps of a sign-in; returns the client and the session cookie the code step set.</summary>
    public static async Task<(HttpClient Client, string Cookie)> SignedInWithCodeAsync(BoonaAppFactory app, string email, string code)
    {
        var client = StaffClient.Anonymous(app);
        using var password = await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password);
        using var withCode = await PostCodeAsync(client, PathOf(password), "sign-in-code", code);
        Assert.Equal(HttpStatusCode.Redirect, withCode.StatusCode);
        return (client, StaffClient.SessionCookie(withCode));
    }

    public static string PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } absolute ? absolute.PathAndQuery : redirect.Headers.Location!.OriginalString;

    [GeneratedRegex("id=\"two-factor-key\"[^>]*>([^<]+)<")]
    private static partial Regex KeyPattern();
}
