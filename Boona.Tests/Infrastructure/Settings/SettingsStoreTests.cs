using Boona.Domain.Settings;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Settings;

public sealed class SettingsStoreTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Defaults_apply_until_an_admin_saves_and_saved_values_survive_a_restart(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        Assert.Equal(OperationalSettings.Defaults, await store.GetAsync(Token));

        var changed = OperationalSettings.Defaults with { BundleSizeMax = 4, CoolingWeeks = 6 };
        var result = await store.UpdateAsync(changed, "admin@boona.test", Token);

        Assert.True(result.IsSuccess);
        var restarted = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        Assert.Equal(changed, await restarted.GetAsync(Token));
    }

    [Fact]
    public async Task Values_out_of_range_are_refused_and_nothing_changes()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));

        var result = await store.UpdateAsync(OperationalSettings.Defaults with { BundleSizeMax = 7, RegionDigits = 0 }, "admin", Token);

        Assert.Equal(["BundleSizeMax", "RegionDigits"], result.Errors.Select(e => e.Field));
        Assert.Equal(OperationalSettings.Defaults, await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token));
    }
}
