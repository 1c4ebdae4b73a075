using Boona.Domain.Common;
using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Security;

/// <summary>
/// What admins do with staff accounts. Each operation runs in its own scope (its own UserManager and
/// context), so the admin page's circuit never holds a DbContext. Every change renews the security stamp:
/// open sessions of that account end at their next check.
/// </summary>
public sealed class StaffUserCommands(IServiceScopeFactory scopeFactory)
{
    public Task<Result> CreateAsync(string email, string displayName, string role, string password) =>
        RunAsync(async users =>
        {
            if (string.IsNullOrWhiteSpace(displayName))
            {
                return Result.Failure(new Error("user.display-name.required", "A display name is required.", "DisplayName"));
            }

            if (!BoonaRoles.All.Contains(role))
            {
                return Result.Failure(new Error("user.role.unknown", $"Unknown role {role}.", "Role"));
            }

            var user = new StaffUser { UserName = email.Trim(), Email = email.Trim(), EmailConfirmed = true, DisplayName = displayName.Trim() };
            var created = await users.CreateAsync(user, password);
            return created.Succeeded ? ToResult(await users.AddToRoleAsync(user, role)) : ToResult(created);
        });

    public Task<Result> SetDisabledAsync(string userId, bool disabled, string actingUserId) =>
        WithUserAsync(userId, async (users, user) =>
        {
            if (disabled && userId == actingUserId)
            {
                return Result.Failure(new Error("user.self", "You cannot disable your own account."));
            }

            if (disabled && await IsLastActiveAdminAsync(users, user))
            {
                return Result.Failure(new Error("user.last-admin", "The last active admin cannot be disabled or lose the role."));
            }

            user.IsDisabled = disabled;
            var updated = await users.UpdateAsync(user);
            return updated.Succeeded ? ToResult(await users.UpdateSecurityStampAsync(user)) : ToResult(updated);
        });

    /// <summary>For a lost or replaced phone: the account signs in with its password alone until its owner sets up a new app.</summary>
    public Task<Result> ResetTwoFactorAsync(string userId) =>
        WithUserAsync(userId, async (users, user) =>
        {
            var disabled = await users.SetTwoFactorEnabledAsync(user, false);
            return disabled.Succeeded ? ToResult(await users.ResetAuthenticatorKeyAsync(user)) : ToResult(disabled);
        });

    /// <summary>Ends every session of the account (a lost laptop, a shared computer): it signs in again with its password.</summary>
    public Task<Result> SignOutEverywhereAsync(string userId) =>
        WithUserAsync(userId, async (users, user) => ToResult(await users.UpdateSecurityStampAsync(user)));

    /// <summary>Identity renews the security stamp with the password: the account's sessions end.</summary>
    public Task<Result> ResetPasswordAsync(string userId, string newPassword) =>
        WithUserAsync(userId, async (users, user) =>
        {
            var token = await users.GeneratePasswordResetTokenAsync(user);
            var reset = await users.ResetPasswordAsync(user, token, newPassword);
            if (reset.Succeeded)
            {
                // A forgotten password often comes with a lockout; the new one should work at once.
                await users.SetLockoutEndDateAsync(user, null);
                await users.ResetAccessFailedCountAsync(user);
            }

            return ToResult(reset);
        });

    public Task<Result> ChangeRoleAsync(string userId, string role, string actingUserId) =>
        WithUserAsync(userId, async (users, user) =>
        {
            if (!BoonaRoles.All.Contains(role))
            {
                return Result.Failure(new Error("user.role.unknown", $"Unknown role {role}.", "Role"));
            }

            if (role != BoonaRoles.Admin && userId == actingUserId)
            {
                return Result.Failure(new Error("user.self", "You cannot take away your own admin role."));
            }

            if (role != BoonaRoles.Admin && await IsLastActiveAdminAsync(users, user))
            {
                return Result.Failure(new Error("user.last-admin", "The last active admin cannot be disabled or lose the role."));
            }

            var current = await users.GetRolesAsync(user);
            var removed = await users.RemoveFromRolesAsync(user, current);
            var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;

            // An open circuit keeps the role it started with: ending the sessions takes a lost admin role away at once.
            return added.Succeeded ? ToResult(await users.UpdateSecurityStampAsync(user)) : ToResult(added);
        });

    private static async Task<bool> IsLastActiveAdminAsync(UserManager<StaffUser> users, StaffUser user) =>
        await users.IsInRoleAsync(user, BoonaRoles.Admin)
        && (await users.GetUsersInRoleAsync(BoonaRoles.Admin)).Count(a => !a.IsDisabled) <= 1;

    private Task<Result> WithUserAsync(string userId, Func<UserManager<StaffUser>, StaffUser, Task<Result>> action) =>
        RunAsync(async users => await users.FindByIdAsync(userId) is { } user
            ? await action(users, user)
            : Result.Failure(Error.NotFound("user.not-found", "The account no longer exists.")));

    private async Task<Result> RunAsync(Func<UserManager<StaffUser>, Task<Result>> action)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }

    /// <summary>Identity's errors as Boona errors: code <c>identity.&lt;IdentityCode&gt;</c>, at the field they concern.</summary>
    private static Result ToResult(IdentityResult result) =>
        result.Succeeded
            ? Result.Success()
            : Result.Failure(result.Errors.Select(e => new Error("identity." + e.Code, e.Description, e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : "Email")));
}
