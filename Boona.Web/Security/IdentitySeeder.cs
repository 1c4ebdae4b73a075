using Boona.Infrastructure.Identity;
using Boona.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Web.Security;

/// <summary>
/// Makes sure the roles exist; on a demo database the demo accounts too; and in production the first
/// admin from configuration, while no admin exists yet. Runs once at start, after the migrations.
/// </summary>
public sealed class IdentitySeeder(
    UserManager<StaffUser> users,
    RoleManager<IdentityRole> roles,
    DatabaseOptions database,
    IOptions<BootstrapOptions> bootstrap,
    IHostEnvironment environment,
    ILogger<IdentitySeeder> logger)
{
    /// <param name="requireAdmin">
    /// Outside Development, refuse to go on without any admin: a server nobody can administer would invite
    /// someone to "fix" it with the demo data and its published passwords.
    /// </param>
    /// <param name="cancellationToken">Stops the seeding when the app shuts down.</param>
    public async Task SeedAsync(bool requireAdmin, CancellationToken cancellationToken)
    {
        foreach (var role in BoonaRoles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), role);
            }
        }

        if (database.ShouldSeedDemoData)
        {
            foreach (var account in DemoAccounts.All)
            {
                await EnsureUserAsync(account.Email, account.Password, account.DisplayName, account.Role);
            }
        }

        var admins = await users.GetUsersInRoleAsync(BoonaRoles.Admin);
        if (admins.Count == 0 && bootstrap.Value.IsConfigured)
        {
            await EnsureUserAsync(bootstrap.Value.AdminEmail!, bootstrap.Value.AdminPassword!, bootstrap.Value.AdminEmail!, BoonaRoles.Admin);
            logger.LogInformation("Created the first admin from Bootstrap:AdminEmail");
        }
        else if (admins.Count == 0 && requireAdmin && !environment.IsDevelopment())
        {
            throw new StartupRefusedException(
                "Boona does not start: no admin account exists. Set Bootstrap:AdminEmail and Bootstrap:AdminPassword "
                + "(e.g. the environment variables Bootstrap__AdminEmail and Bootstrap__AdminPassword) to create the first admin.");
        }
        else if (admins.Count == 0)
        {
            logger.LogWarning("No admin account exists. Set Bootstrap:AdminEmail and Bootstrap:AdminPassword to create the first one");
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private async Task EnsureUserAsync(string email, string password, string displayName, string role)
    {
        if (await users.Users.AnyAsync(u => u.NormalizedEmail == users.NormalizeEmail(email)))
        {
            return;
        }

        var user = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        Ensure(await users.CreateAsync(user, password), email);
        Ensure(await users.AddToRoleAsync(user, role), email);
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not create {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
