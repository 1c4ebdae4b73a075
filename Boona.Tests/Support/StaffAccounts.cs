using Boona.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Support;

/// <summary>Creates and inspects staff accounts of a running test app through Identity itself.</summary>
public static class StaffAccounts
{
    public const string Password = "Test-Passwort-2026";

    public static async Task<string> CreateAsync(BoonaAppFactory app, string role, bool disabled = false)
    {
        var email = $"{Guid.NewGuid():N}@test.boona.de";
        await UseAsync(app, async users =>
        {
            var user = new StaffUser { UserName = email, Email = email, DisplayName = "Test", IsDisabled = disabled };
            AssertSucceeded(await users.CreateAsync(user, Password));
            AssertSucceeded(await users.AddToRoleAsync(user, role));
        });
        return email;
    }

    public static async Task<T> UseAsync<T>(BoonaAppFactory app, Func<UserManager<StaffUser>, Task<T>> action)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
    }

    public static Task UseAsync(BoonaAppFactory app, Func<UserManager<StaffUser>, Task> action) =>
        UseAsync(app, async users =>
        {
            await action(users);
            return true;
        });

    private static void AssertSucceeded(IdentityResult result) =>
        Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
}
