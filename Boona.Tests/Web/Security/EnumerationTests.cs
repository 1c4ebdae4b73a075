using System.Net;
using System.Text.RegularExpressions;
using Boona.Infrastructure.Identity;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Web.Security;

/// <summary>
/// The sign-in form does not tell which addresses have accounts: not by its text and not by its time. Time is proven
/// without a clock: every wrong answer costs exactly one password hash, counted by a decorator of the app's hasher.
/// </summary>
public sealed partial class EnumerationTests
{
    private const string WrongPassword = "wrong-password-here";

    [Fact]
    public async Task An_unknown_address_a_wrong_password_a_locked_and_a_disabled_account_get_the_same_answer_after_one_hash()
    {
        var hasher = new CountingHasher();
        await using var app = new BoonaAppFactory(seedDemoData: false, services: hasher.Register);
        var known = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        var locked = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        await StaffAccounts.UseAsync(app, async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(locked))!, DateTimeOffset.UtcNow.AddHours(1)));
        var disabled = await StaffAccounts.CreateAsync(app, BoonaRoles.Admin, disabled: true);
        var lockedAndDisabled = await StaffAccounts.CreateAsync(app, BoonaRoles.Admin, disabled: true);
        await StaffAccounts.UseAsync(app, async users => await users.SetLockoutEndDateAsync((await users.FindByEmailAsync(lockedAndDisabled))!, DateTimeOffset.UtcNow.AddHours(1)));
        var unknown = $"{Guid.NewGuid():N}@test.boona.de";

        var answers = new List<(string Page, int Hashes)>();
        foreach (var email in new[] { unknown, known, locked, disabled, lockedAndDisabled })
        {
            using var client = StaffClient.Anonymous(app);
            var before = hasher.Verifications;
            using var response = await StaffClient.PostSignInAsync(client, email, WrongPassword);
            answers.Add((Comparable(await response.Content.ReadAsStringAsync(Token), email), hasher.Verifications - before));
        }

        Assert.All(answers, a => Assert.Equal(1, a.Hashes));
        Assert.Single(answers.Select(a => a.Page).Distinct(StringComparer.Ordinal));
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", WebUtility.HtmlDecode(answers[0].Page), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_lockout_is_told_only_to_someone_with_the_right_password()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false, new Dictionary<string, string> { ["Security:MaxFailedAttempts"] = "2", ["Security:LockoutMinutes"] = "7" });
        var email = await StaffAccounts.CreateAsync(app, BoonaRoles.Coordinator);
        using var client = StaffClient.Anonymous(app);

        (await StaffClient.PostSignInAsync(client, email, WrongPassword)).Dispose();
        var locking = await PageAsync(await StaffClient.PostSignInAsync(client, email, WrongPassword));
        var wrongWhileLocked = await PageAsync(await StaffClient.PostSignInAsync(client, email, WrongPassword));
        var rightWhileLocked = await PageAsync(await StaffClient.PostSignInAsync(client, email, StaffAccounts.Password));

        Assert.True(await StaffAccounts.UseAsync(app, async users => await users.IsLockedOutAsync((await users.FindByEmailAsync(email))!)));
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", locking, StringComparison.Ordinal);
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", wrongWhileLocked, StringComparison.Ordinal);
        Assert.DoesNotContain("gesperrt", locking + wrongWhileLocked, StringComparison.Ordinal);
        Assert.Contains("Das Konto ist für 7 Minuten gesperrt.", rightWhileLocked, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpResponseMessage response)
    {
        using (response)
        {
            return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(Token));
        }
    }

    /// <summary>The page without what differs by design: the address typed in, and what is encrypted afresh for every answer
    /// (the antiforgery token, Blazor's protected component state, the script nonce).</summary>
    private static string Comparable(string page, string email) =>
        Fresh().Replace(page, "…").Replace(email, "address", StringComparison.Ordinal);

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"[^\"]+\"|<!--Blazor-Server-Component-State:[^-]+-->|nonce=\"[^\"]+\"")]
    private static partial Regex Fresh();

    /// <summary>The app's own hasher (same settings), counting how often a password is checked against a hash.</summary>
    private sealed class CountingHasher
    {
        private int _verifications;

        public int Verifications => Volatile.Read(ref _verifications);

        public void Register(IServiceCollection services) =>
            services.AddScoped<IPasswordHasher<StaffUser>>(sp => new Counting(new PasswordHasher<StaffUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()), this));

        private sealed class Counting(IPasswordHasher<StaffUser> inner, CountingHasher counter) : IPasswordHasher<StaffUser>
        {
            public string HashPassword(StaffUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(StaffUser user, string hashedPassword, string providedPassword)
            {
                Interlocked.Increment(ref counter._verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
