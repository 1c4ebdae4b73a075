using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Admin.ApiKeys;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Boona.Tests.Web.Api;

/// <summary>The admin page: a key is shown once when created, listed by its prefix, and revoked after a confirmation.</summary>
public sealed class ApiKeysPageTests : BoonaComponentContext, IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database!;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton<IDbContextFactory<BoonaDbContext>>(_database.Factory);
        Services.AddSingleton(TimeProvider.System);
        Services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        Services.AddApiKeys();
        AddAuthorization().SetAuthorized("admin@boona.de").SetRoles("Admin");
    }

    [Fact]
    public async Task A_created_key_is_shown_once_stored_as_a_hash_and_can_be_revoked()
    {
        Render<MudPopoverProvider>();
        var dialogs = Render<MudDialogProvider>();
        var page = Render<ApiKeysPage>();
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=api-keys-empty]")));

        page.Find("[data-testid=api-key-create]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid=api-key-name]")));
        dialogs.Find("input[data-testid=api-key-name]").Input("Website");
        dialogs.Find("[data-testid=api-key-save]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid=api-key-secret]")));
        var key = dialogs.Find("input[data-testid=api-key-secret]").GetAttribute("value")!;
        dialogs.Find("[data-testid=api-key-done]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("tr.api-key-row")));
        Assert.StartsWith(ApiKeySecret.Marker, key, StringComparison.Ordinal);
        Assert.DoesNotContain(key, page.Markup, StringComparison.Ordinal);
        await using (var context = Database.CreateContext())
        {
            var stored = await context.ApiKeys.SingleAsync(Token);
            Assert.Equal((ApiKeySecret.Hash(key), "admin@boona.de", "Website"), (stored.Hash, stored.CreatedBy, stored.Name));
        }

        page.Find("[data-testid=api-key-revoke]").Click();
        dialogs.WaitForAssertion(() => Assert.Contains("lässt sich nicht rückgängig machen", dialogs.Markup, StringComparison.Ordinal));
        dialogs.FindAll("button").Last(b => b.TextContent.Contains("Widerrufen", StringComparison.Ordinal)).Click();

        page.WaitForAssertion(() => Assert.Contains("widerrufen am", page.Find("tr.api-key-row").TextContent, StringComparison.Ordinal));
        Assert.Null(await new ApiKeyValidator(Database.Factory, TimeProvider.System).FindAsync(key, Token));
    }

    [Fact]
    public async Task The_list_shows_when_each_key_expires_and_was_last_used_and_offers_no_revoke_for_an_expired_one()
    {
        var now = DateTimeOffset.UtcNow;
        await using (var context = Database.CreateContext())
        {
            context.ApiKeys.Add(new ApiKey("Website", "bk_websit", ApiKeySecret.Hash("bk_website"), ApiKeyScope.Coordinator, "admin@boona.de", now, TimeSpan.FromDays(365)));
            context.ApiKeys.Add(new ApiKey("Alte Integration", "bk_old", ApiKeySecret.Hash("bk_old"), ApiKeyScope.Read, "admin@boona.de", now.AddDays(-400), TimeSpan.FromDays(365)));
            await context.SaveChangesAsync(Token);
        }

        await new ApiKeyValidator(Database.Factory, TimeProvider.System).FindAsync("bk_website", Token);
        var page = Render<ApiKeysPage>();
        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("tr.api-key-row").Count));
        var (active, expired) = (page.FindAll("tr.api-key-row")[0], page.FindAll("tr.api-key-row")[1]);

        Assert.Contains("Ein neuer Schlüssel gilt 365 Tage", page.Find("[data-testid=api-keys-lifetime]").TextContent, StringComparison.Ordinal);
        Assert.Equal("aktiv", active.QuerySelector("[data-testid=api-key-state]")!.TextContent);
        Assert.Equal(("Lesen und ändern", "Lesen"), (active.QuerySelector("[data-testid=api-key-scope]")!.TextContent, expired.QuerySelector("[data-testid=api-key-scope]")!.TextContent));
        Assert.Equal(Boona.Web.DisplayFormat.Day(now.AddDays(365)), active.QuerySelector("[data-testid=api-key-expires]")!.TextContent);
        Assert.StartsWith(Boona.Web.DisplayFormat.Day(now), active.QuerySelector("[data-testid=api-key-last-used]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(active.QuerySelector("[data-testid=api-key-revoke]"));
        Assert.StartsWith("abgelaufen am", expired.QuerySelector("[data-testid=api-key-state]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("nie", expired.QuerySelector("[data-testid=api-key-last-used]")!.TextContent);
        Assert.Null(expired.QuerySelector("[data-testid=api-key-revoke]"));
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
