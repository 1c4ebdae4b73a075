using Boona.Domain.Settings;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Settings;

public sealed class SettingsStoreTests
{
    [Theory, EveryProvider]
    public async Task Defaults_apply_until_an_admin_saves_and_saved_values_survive_a_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        Assert.Equal(OperationalSettings.Defaults, await store.GetAsync(Token));

        var changed = OperationalSettings.Defaults with { BundleSizeMax = 4, CoolingWeeks = 6 };
        var result = await store.UpdateAsync(new SettingsChange(changed.ToValues()), "admin@boona.test", Token);

        Assert.True(result.IsSuccess);
        var restarted = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        Assert.Equal(changed, await restarted.GetAsync(Token));
    }

    [Fact]
    public async Task Values_out_of_range_are_refused_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));

        var result = await store.UpdateAsync(new SettingsChange((OperationalSettings.Defaults with { BundleSizeMax = 7, RegionDigits = 0 }).ToValues()), "admin", Token);

        Assert.Equal(["BundleSizeMax", "RegionDigits"], result.Errors.Select(e => e.Field));
        Assert.Equal(OperationalSettings.Defaults, await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task A_change_based_on_an_old_version_is_refused_and_the_newer_one_stays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        var second = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        var readByBoth = (await first.GetStoredAsync(Token)).Version;
        Assert.Equal(readByBoth, (await second.GetStoredAsync(Token)).Version);

        var saved = await first.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["CoolingWeeks"] = 3 }, readByBoth), "a@boona.test", Token);
        var stale = await second.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["CoolingWeeks"] = 9 }, readByBoth), "b@boona.test", Token);

        Assert.True(saved.IsSuccess);
        Assert.Equal(Boona.Domain.Common.ErrorKind.Conflict, Assert.Single(stale.Errors).Kind);
        var stored = await new SettingsStore(database.Factory, TimeProvider.System).GetStoredAsync(Token);
        Assert.Equal((3, "a@boona.test", readByBoth + 1), (stored.Values.CoolingWeeks, stored.UpdatedBy, stored.Version));
    }

    [Fact]
    public async Task An_unknown_setting_is_refused_by_name_and_the_known_ones_are_not_applied_either()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));

        var result = await store.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["CoolingWeeks"] = 3, ["Coolness"] = 1 }), "admin", Token);

        Assert.Equal(("settings.unknown", "Coolness"), (Assert.Single(result.Errors).Code, result.Errors[0].Field));
        Assert.Equal(OperationalSettings.Defaults, await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token));
    }
}
