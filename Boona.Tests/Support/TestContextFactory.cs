using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Support;

/// <summary>Creates contexts exactly as the app configures them, for one provider and connection string.</summary>
public sealed class TestContextFactory(DatabaseProvider provider, string connectionString) : IDbContextFactory<BoonaDbContext>
{
    public BoonaDbContext CreateDbContext()
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var options = new DbContextOptionsBuilder<SqliteBoonaDbContext>();
            PersistenceServiceCollectionExtensions.ConfigureSqlite(options, connectionString);
            return new SqliteBoonaDbContext(options.Options);
        }

        var postgres = new DbContextOptionsBuilder<PostgresBoonaDbContext>();
        PersistenceServiceCollectionExtensions.ConfigurePostgres(postgres, connectionString);
        return new PostgresBoonaDbContext(postgres.Options);
    }
}
