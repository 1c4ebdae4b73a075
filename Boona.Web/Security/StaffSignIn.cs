using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

public enum SignInOutcome
{
    Success,
    Invalid,
    LockedOut,
    Disabled,
}

/// <summary>Password sign-in with lockout on; used by the static sign-in page within one request.</summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signInManager, UserManager<StaffUser> users)
{
    public async Task<SignInOutcome> SignInAsync(string email, string password, bool remember)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return SignInOutcome.Invalid;
        }

        if (user.IsDisabled)
        {
            return await CheckDisabledAsync(user, password);
        }

        var result = await signInManager.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true);
        return result switch
        {
            { Succeeded: true } => SignInOutcome.Success,
            { IsLockedOut: true } => SignInOutcome.LockedOut,
            { IsNotAllowed: true } => SignInOutcome.Disabled,
            _ => SignInOutcome.Invalid,
        };
    }

    public Task SignOutAsync() => signInManager.SignOutAsync();

    /// <summary>
    /// Only someone who knows the password learns that the account is disabled, and guessing it counts towards
    /// the lockout as on an enabled account (the sign-in manager refuses a disabled user before it checks anything).
    /// </summary>
    private async Task<SignInOutcome> CheckDisabledAsync(StaffUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return SignInOutcome.LockedOut;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            return SignInOutcome.Disabled;
        }

        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? SignInOutcome.LockedOut : SignInOutcome.Invalid;
    }
}
