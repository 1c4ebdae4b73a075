using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Admin.ApiKeys;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Boona.Tests.Web.Api;

/// <summary>The admin page: a key is shown once when created, listed by its prefix, and revoked after a confirmation.</summary>
public sealed class ApiKeysPageTests : BoonaComponentContext, IAsyncLifetime
{
    private TestDatabase? _database;

    private TestDatabase Database => _database!;

    private static CancellationToken Token => Xunit.TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Services.AddSingleton<IDbContextFactory<BoonaDbContext>>(_database.Factory);
        Services.AddSingleton(TimeProvider.System);
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
        dialogs.Find("input[data-testid=api-key-name]").Change("Website");
        dialogs.Find("[data-testid=api-key-save]").Click();
        dialogs.WaitForAssertion(() => Assert.NotEmpty(dialogs.FindAll("input[data-testid=api-key-secret]")));
        var key = dialogs.Find("input[data-testid=api-key-secret]").GetAttribute("value")!;
        dialogs.Find("[data-testid=api-key-done]").Click();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-testid=api-key-row]")));
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

        page.WaitForAssertion(() => Assert.Contains("widerrufen am", page.Find("[data-testid=api-key-row]").TextContent, StringComparison.Ordinal));
        Assert.Null(await new ApiKeyValidator(Database.Factory, TimeProvider.System).FindAsync(key, Token));
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
