using Boona.Infrastructure.Persistence.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Boona.Infrastructure.Persistence;

/// <summary>
/// Applies migrations at start, maps languages stored before they were codes (<see cref="StoredLanguageMapping"/>) and,
/// where configured, fills an empty database with demo data.
/// </summary>
public sealed class DatabaseInitializer(
    IDbContextFactory<BoonaDbContext> contextFactory,
    DatabaseOptions options,
    StoredLanguageMapping languages,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        if (options.MigrateOnStart)
        {
            var pending = (await context.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
            if (pending.Count > 0)
            {
                logger.LogInformation("Applying {Count} migration(s) on {Provider}", pending.Count, options.Provider);
                await context.Database.MigrateAsync(cancellationToken);
            }
        }

        // Data follows the current schema only: with migrations left to the operator and some pending, it waits for them.
        if (!(await context.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            await languages.RunAsync(cancellationToken);
        }

        if (options.ShouldSeedDemoData && !await context.Therapists.AnyAsync(cancellationToken))
        {
            logger.LogInformation("Empty database: filling it with the demo data set");
            await new DemoDataSeeder(contextFactory, clock).SeedAsync(cancellationToken);
        }
    }
}
