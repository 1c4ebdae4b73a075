using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Persistence;

public sealed class MigrationTests
{
    [Theory, EveryProvider]
    public void The_model_has_no_changes_without_a_migration(DatabaseProvider provider)
    {
        // Comparing the model with the migrations' snapshot needs no server.
        using var context = new TestContextFactory(provider, provider == DatabaseProvider.Sqlite ? "Data Source=:memory:" : "Host=localhost;Database=none").CreateDbContext();

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(), $"The {provider} model has changes without a migration: run dotnet ef migrations add for {provider}.");
    }

    [Theory, EveryProvider]
    public async Task Every_migration_applies_to_an_empty_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var context = database.CreateContext();

        var applied = await context.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken);

        Assert.Equal(context.Database.GetMigrations(), applied);
        Assert.Equal(0, await context.Therapists.CountAsync(TestContext.Current.CancellationToken));
    }
}
