using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

public enum SignInOutcome
{
    Success,
    Invalid,
    LockedOut,
    Disabled,

    /// <summary>The password was right; the account also asks for a code from the authenticator app.</summary>
    CodeRequired,

    /// <summary>Too many attempts from this address or for this account in the last minute; nothing was checked.</summary>
    TooManyAttempts,
}

/// <summary>The outcome of a sign-in step, and after <see cref="SignInOutcome.TooManyAttempts"/> how long to wait.</summary>
public sealed record SignInAttempt(SignInOutcome Outcome, TimeSpan RetryAfter = default)
{
    public int RetryAfterSeconds => RateLimits.Seconds(RetryAfter);

    /// <summary>A refused attempt shows the form again, with status 429 and <c>Retry-After</c> for whatever reads them.</summary>
    public void ApplyTo(HttpResponse response)
    {
        if (Outcome == SignInOutcome.TooManyAttempts)
        {
            response.StatusCode = StatusCodes.Status429TooManyRequests;
            response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Password sign-in with lockout on; used by the static sign-in page within one request.</summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signInManager, UserManager<StaffUser> users, UnknownAccountPassword unknownAccount, SignInThrottle throttle)
{
    private string ClientAddress => RateLimits.ClientAddress(signInManager.Context);

    /// <summary>The first step, within the limits per address and per e-mail address (<see cref="SignInThrottle"/>).</summary>
    public async Task<SignInAttempt> SignInAsync(string email, string password, bool remember) =>
        throttle.Refusal(ClientAddress, "password:" + users.NormalizeEmail(email.Trim())) is { } wait
            ? new SignInAttempt(SignInOutcome.TooManyAttempts, wait)
            : new SignInAttempt(await CheckPasswordAsync(email, password, remember));

    /// <summary>
    /// An unknown address, a wrong password, a locked and a disabled account get the same answer after the same work
    /// (one password hash), so that neither the text nor the time tells which addresses have accounts. Only with the
    /// right password does the page say that the account is locked or disabled.
    /// </summary>
    private async Task<SignInOutcome> CheckPasswordAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            unknownAccount.Check(users.PasswordHasher, password);
            return SignInOutcome.Invalid;
        }

        // Identity answers "locked" before it looks at the password: only known addresses could show it.
        if (await users.IsLockedOutAsync(user))
        {
            return await users.CheckPasswordAsync(user, password) ? SignInOutcome.LockedOut : SignInOutcome.Invalid;
        }

        if (user.IsDisabled)
        {
            return await CheckDisabledAsync(user, password);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => SignInOutcome.Success,
            { RequiresTwoFactor: true } => SignInOutcome.CodeRequired,

            // Locked by this very wrong password (or disabled a moment ago): the password was not right, so say no more.
            _ => SignInOutcome.Invalid,
        };
    }

    /// <summary>
    /// Renews the account's security stamp before the cookie is deleted: a copy of the cookie (stolen, or still in
    /// another browser) dies with it. Every session of the account ends; there is no server-side list of sessions.
    /// </summary>
    public async Task SignOutAsync()
    {
        if (await users.GetUserAsync(signInManager.Context.User) is { } user)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signInManager.SignOutAsync();
    }

    /// <summary>True while a password sign-in waits for its authenticator code (a short-lived cookie of its own).</summary>
    public async Task<bool> AwaitsCodeAsync() => await signInManager.GetTwoFactorAuthenticationUserAsync() is not null;

    /// <summary>
    /// The second step: a code from the authenticator app; wrong codes count towards the lockout like passwords, and
    /// towards the limits per address and per account. Whoever gets here knew the password: the lockout may be told.
    /// </summary>
    public async Task<SignInAttempt> SignInWithCodeAsync(string code, bool remember)
    {
        var user = await signInManager.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInAttempt(SignInOutcome.Invalid);
        }

        if (throttle.Refusal(ClientAddress, "code:" + user.Id) is { } wait)
        {
            return new SignInAttempt(SignInOutcome.TooManyAttempts, wait);
        }

        var result = await signInManager.TwoFactorAuthenticatorSignInAsync(AuthenticatorCode.Normalize(code), remember, rememberClient: false);
        return new SignInAttempt(result switch
        {
            { Succeeded: true } => SignInOutcome.Success,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.Disabled,
            _ => SignInOutcome.Invalid,
        });
    }

    /// <summary>
    /// Only someone who knows the password learns that the account is disabled, and guessing it counts towards
    /// the lockout as on an enabled account (the sign-in manager refuses a disabled user before it checks anything).
    /// </summary>
    private async Task<SignInOutcome> CheckDisabledAsync(StaffUser user, string password)
    {
        if (await users.CheckPasswordAsync(user, password))
        {
            return SignInOutcome.Disabled;
        }

        await users.AccessFailedAsync(user);
        return SignInOutcome.Invalid;
    }
}
