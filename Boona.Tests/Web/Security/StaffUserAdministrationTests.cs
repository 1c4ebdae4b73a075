using Boona.Infrastructure.Identity;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Security;

/// <summary>The admins' user management on both providers, through Identity as the app configures it.</summary>
public sealed class StaffUserAdministrationTests
{
    private const string Password = "Ein-langes-Passwort";

    [Theory, EveryProvider]
    public async Task A_created_account_is_listed_with_its_role_and_found_by_part_of_its_address(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);

        var created = await world.Commands.CreateAsync("Lena.Berg@Boona.de", "Lena Berg", BoonaRoles.Coordinator, Password);
        await world.Commands.CreateAsync("chef@boona.de", "Chefin", BoonaRoles.Admin, Password);
        var found = await world.Queries.ListAsync("lena.BERG", 0, 10, Token);
        var all = await world.Queries.ListAsync(null, 0, 1, Token);

        Assert.True(created.IsSuccess);
        var row = Assert.Single(found.Rows);
        Assert.Equal(("Lena Berg", BoonaRoles.Coordinator, false), (row.DisplayName, row.Role, row.IsDisabled));
        Assert.Equal(2, all.Total);
        Assert.Equal("Chefin", Assert.Single(all.Rows).DisplayName);
    }

    [Theory, EveryProvider]
    public async Task Identity_refusals_come_back_as_errors_at_their_field(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        await world.Commands.CreateAsync("lena@boona.de", "Lena", BoonaRoles.Coordinator, Password);

        var duplicate = await world.Commands.CreateAsync("LENA@boona.de", "Lena 2", BoonaRoles.Coordinator, Password);
        var shortPassword = await world.Commands.CreateAsync("kurz@boona.de", "Kurz", BoonaRoles.Coordinator, "kurz");
        var noName = await world.Commands.CreateAsync("leer@boona.de", " ", BoonaRoles.Coordinator, Password);

        Assert.Contains(duplicate.Errors, e => e.Code == "identity.DuplicateEmail" && e.Field == "Email");
        Assert.Contains(shortPassword.Errors, e => e.Code == "identity.PasswordTooShort" && e.Field == "Password");
        Assert.Equal("DisplayName", Assert.Single(noName.Errors).Field);
    }

    [Theory, EveryProvider]
    public async Task Disabling_ends_sessions_but_never_locks_out_the_last_admin_or_oneself(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var admin = await world.CreateAsync("chef@boona.de", BoonaRoles.Admin);
        var coordinator = await world.CreateAsync("lena@boona.de", BoonaRoles.Coordinator);
        var stampBefore = coordinator.SecurityStamp;

        var self = await world.Commands.SetDisabledAsync(admin.Id, true, admin.Id);
        var lastAdmin = await world.Commands.SetDisabledAsync(admin.Id, true, coordinator.Id);
        var disabled = await world.Commands.SetDisabledAsync(coordinator.Id, true, admin.Id);
        var reloaded = await world.FindAsync(coordinator.Id);

        Assert.Equal("user.self", self.FirstError?.Code);
        Assert.Equal("user.last-admin", lastAdmin.FirstError?.Code);
        Assert.True(disabled.IsSuccess);
        Assert.True(reloaded.IsDisabled);
        Assert.NotEqual(stampBefore, reloaded.SecurityStamp);
    }

    [Theory, EveryProvider]
    public async Task A_role_changes_unless_the_last_admin_would_lose_it(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var admin = await world.CreateAsync("chef@boona.de", BoonaRoles.Admin);
        var coordinator = await world.CreateAsync("lena@boona.de", BoonaRoles.Coordinator);

        var lastAdmin = await world.Commands.ChangeRoleAsync(admin.Id, BoonaRoles.Coordinator, coordinator.Id);
        var promoted = await world.Commands.ChangeRoleAsync(coordinator.Id, BoonaRoles.Admin, admin.Id);
        var demoted = await world.Commands.ChangeRoleAsync(admin.Id, BoonaRoles.Coordinator, coordinator.Id);
        var roles = await world.Queries.ListAsync(null, 0, 10, Token);

        Assert.Equal("user.last-admin", lastAdmin.FirstError?.Code);
        Assert.True(promoted.IsSuccess && demoted.IsSuccess);
        Assert.Equal(
            [("chef@boona.de", BoonaRoles.Coordinator), ("lena@boona.de", BoonaRoles.Admin)],
            roles.Rows.Select(r => (r.Email, r.Role!)).Order());
    }

    [Theory, EveryProvider]
    public async Task A_reset_password_works_at_once_even_after_a_lockout(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var user = await world.CreateAsync("lena@boona.de", BoonaRoles.Coordinator);
        await world.UseAsync(async users => await users.SetLockoutEndDateAsync((await users.FindByIdAsync(user.Id))!, DateTimeOffset.UtcNow.AddHours(1)));

        var reset = await world.Commands.ResetPasswordAsync(user.Id, "Ganz-neues-Passwort");
        var (works, locked) = await world.UseAsync(async users =>
        {
            var reloaded = (await users.FindByIdAsync(user.Id))!;
            return (await users.CheckPasswordAsync(reloaded, "Ganz-neues-Passwort"), await users.IsLockedOutAsync(reloaded));
        });

        Assert.True(reset.IsSuccess);
        Assert.True(works);
        Assert.False(locked);
    }

    /// <summary>The app's security registrations over one test database.</summary>
    [Theory, EveryProvider]
    public async Task An_admin_resets_two_factor_for_a_lost_phone_and_the_list_shows_who_has_it(DatabaseProvider provider)
    {
        await using var world = await World.CreateAsync(provider);
        var coordinator = await world.CreateAsync("lena@boona.de", BoonaRoles.Coordinator);
        var oldKey = await world.UseAsync(async users =>
        {
            var user = (await users.FindByIdAsync(coordinator.Id))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            return await users.GetAuthenticatorKeyAsync(user);
        });
        var listedOn = (await world.Queries.ListAsync(null, 0, 10, Token)).Rows.Single().TwoFactorEnabled;

        var reset = await world.Commands.ResetTwoFactorAsync(coordinator.Id);

        Assert.True(listedOn);
        Assert.True(reset.IsSuccess);
        var reloaded = await world.FindAsync(coordinator.Id);
        Assert.False(reloaded.TwoFactorEnabled);
        Assert.NotEqual(oldKey, await world.UseAsync(async users => await users.GetAuthenticatorKeyAsync((await users.FindByIdAsync(coordinator.Id))!)));
        Assert.False((await world.Queries.ListAsync(null, 0, 10, Token)).Rows.Single().TwoFactorEnabled);
    }

    private sealed class World : IAsyncDisposable
    {
        private readonly TestDatabase _database;
        private readonly ServiceProvider _services;

        private World(TestDatabase database, ServiceProvider services)
        {
            _database = database;
            _services = services;
        }

        public StaffUserCommands Commands => _services.GetRequiredService<StaffUserCommands>();

        public StaffUserQueries Queries => _services.GetRequiredService<StaffUserQueries>();

        public static async Task<World> CreateAsync(DatabaseProvider provider)
        {
            var database = await TestDatabase.CreateAsync(provider);
            var services = new ServiceCollection()
                .AddLogging()
                .AddSingleton<IConfiguration>(new ConfigurationBuilder().Build())
                .AddSingleton(database.Factory)
                .AddScoped(_ => database.Factory.CreateDbContext())
                .AddBoonaSecurity()
                .BuildServiceProvider();
            var world = new World(database, services);
            await using var scope = services.CreateAsyncScope();
            var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
            foreach (var role in BoonaRoles.All)
            {
                await roles.CreateAsync(new IdentityRole(role));
            }

            return world;
        }

        public async Task<StaffUser> CreateAsync(string email, string role)
        {
            Assert.True((await Commands.CreateAsync(email, email, role, Password)).IsSuccess);
            return await UseAsync(async users => (await users.FindByEmailAsync(email))!);
        }

        public Task<StaffUser> FindAsync(string id) => UseAsync(async users => (await users.FindByIdAsync(id))!);

        public async Task<T> UseAsync<T>(Func<UserManager<StaffUser>, Task<T>> action)
        {
            await using var scope = _services.CreateAsyncScope();
            return await action(scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>());
        }

        public async ValueTask DisposeAsync()
        {
            await _services.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}
