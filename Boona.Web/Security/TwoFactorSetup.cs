using System.Globalization;
using System.Security.Claims;
using System.Text;
using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

/// <summary>What the two-factor page shows: whether it is on, and while it is off the key to put into an authenticator app.</summary>
public sealed record TwoFactorState(bool Enabled, string? Key, string? SetupUri);

/// <summary>
/// A staff member turns sign-in with an authenticator app (TOTP, RFC 6238) on and off for their own account. Each change
/// renews the security stamp, which signs out every other session; this one is signed in again with the new stamp.
/// </summary>
public sealed class TwoFactorSetup(UserManager<StaffUser> users, SignInManager<StaffUser> signIn)
{
    private const string Issuer = "Boona";

    public async Task<TwoFactorState?> StateAsync(ClaimsPrincipal principal)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return null;
        }

        if (user.TwoFactorEnabled)
        {
            return new TwoFactorState(true, null, null);
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        var account = Uri.EscapeDataString(user.Email ?? user.UserName ?? user.Id);
        var uri = $"otpauth://totp/{Issuer}:{account}?secret={key}&issuer={Issuer}&digits=6";
        return new TwoFactorState(false, Grouped(key!), uri);
    }

    /// <summary>Turns it on when the code shows the app holds the key.</summary>
    public Task<bool> EnableAsync(ClaimsPrincipal principal, string code) => ChangeAsync(principal, code, enable: true);

    /// <summary>Turns it off, again only with a current code; the old key is replaced so that it cannot come back.</summary>
    public Task<bool> DisableAsync(ClaimsPrincipal principal, string code) => ChangeAsync(principal, code, enable: false);

    private async Task<bool> ChangeAsync(ClaimsPrincipal principal, string code, bool enable)
    {
        if (await users.GetUserAsync(principal) is not { } user
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, AuthenticatorCode.Normalize(code)))
        {
            return false;
        }

        await users.SetTwoFactorEnabledAsync(user, enable);
        if (!enable)
        {
            await users.ResetAuthenticatorKeyAsync(user);
        }

        await signIn.RefreshSignInAsync(user);
        return true;
    }

    /// <summary>"abcd efgh …": easier to type into a phone than 32 letters in a row.</summary>
    private static string Grouped(string key)
    {
        var grouped = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            grouped.Append(grouped.Length > 0 ? " " : string.Empty).Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return grouped.ToString().ToLower(CultureInfo.InvariantCulture);
    }
}
