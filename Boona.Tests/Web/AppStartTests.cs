using System.Globalization;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web;

public sealed class AppStartTests
{
    [Fact]
    public async Task On_the_embedded_default_the_app_migrates_seeds_and_shows_the_overview()
    {
        await using var app = new BoonaAppFactory(seedDemoData: true);
        using var client = await StaffClient.SignedInAsync(app, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);

        var html = await client.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        var factory = app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var therapists = await context.Therapists.CountAsync(TestContext.Current.CancellationToken);
        Assert.True(therapists >= 300);
        Assert.Contains("Übersicht", html, StringComparison.Ordinal);
        Assert.Contains(therapists.ToString("N0", CultureInfo.GetCultureInfo("de-DE")), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_demo_data_the_database_starts_empty()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = StaffClient.Anonymous(app);

        using var response = await client.GetAsync(new Uri(PublicRoutes.SignIn, UriKind.Relative), TestContext.Current.CancellationToken);

        response.EnsureSuccessStatusCode();
        var factory = app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        Assert.Equal(0, await context.Therapists.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await context.Users.CountAsync(TestContext.Current.CancellationToken));
    }
}
