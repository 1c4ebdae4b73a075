using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Admin;
using Boona.Web.Security;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Web.Shell;

public sealed class SettingsPageTests : BoonaComponentContext
{
    [Fact]
    public async Task An_out_of_range_value_is_refused_with_a_message_at_its_field()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var store = Arrange(database);
        var page = Render<Settings>();
        page.WaitForElement("#setting-BundleSizeMax");

        page.Find("#setting-BundleSizeMax").Change("9");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Contains("Der Wert liegt außerhalb des erlaubten Bereichs.", page.Markup, StringComparison.Ordinal));
        Assert.Equal(6, (await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token)).BundleSizeMax);
        Assert.Equal(6, (await store.GetAsync(Token)).BundleSizeMax);
    }

    [Fact]
    public async Task A_valid_change_is_saved_for_everyone()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Arrange(database);
        var page = Render<Settings>();
        page.WaitForElement("#setting-FollowUpAfterDays");

        page.Find("#setting-FollowUpAfterDays").Change("10");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.DoesNotContain("mud-input-error", page.Markup, StringComparison.Ordinal));
        var stored = await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token);
        Assert.Equal(10, stored.FollowUpAfterDays);
    }

    [Fact]
    public async Task A_change_saved_meanwhile_by_another_admin_is_kept_and_shown()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Arrange(database);
        var page = Render<Settings>();
        page.WaitForElement("#setting-CoolingWeeks");
        var otherAdmin = new SettingsStore(database.Factory, TimeProvider.System);
        Assert.True((await otherAdmin.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["CoolingWeeks"] = 2 }), "kollegin@boona.de", Token)).IsSuccess);

        page.Find("#setting-CoolingWeeks").Change("9");
        await page.Find("form").SubmitAsync();

        page.WaitForAssertion(() => Assert.Equal("2", page.Find("#setting-CoolingWeeks").GetAttribute("value")));
        Assert.Contains("kollegin@boona.de", page.Find("#settings-last-change").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, (await new SettingsStore(database.Factory, TimeProvider.System).GetAsync(Token)).CoolingWeeks);
    }

    private SettingsStore Arrange(TestDatabase database)
    {
        var store = new SettingsStore(database.Factory, new FakeTimeProvider(Build.Now));
        Services.AddSingleton(store);
        AddAuthorization().SetAuthorized("chef@boona.de").SetRoles(BoonaRoles.Admin);
        return store;
    }
}
