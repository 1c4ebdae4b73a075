using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Boona.Infrastructure.Persistence;

/// <summary>Used by <c>dotnet ef migrations add … --context SqliteBoonaDbContext</c>; needs no running app.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteBoonaDbContext>
{
    public SqliteBoonaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<SqliteBoonaDbContext>();
        PersistenceServiceCollectionExtensions.ConfigureSqlite(builder, "Data Source=design-time.db");
        return new SqliteBoonaDbContext(builder.Options);
    }
}

/// <summary>Used by <c>dotnet ef migrations add … --context PostgresBoonaDbContext</c>; needs no server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresBoonaDbContext>
{
    public PostgresBoonaDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<PostgresBoonaDbContext>();
        PersistenceServiceCollectionExtensions.ConfigurePostgres(builder, "Host=localhost;Database=boona_design");
        return new PostgresBoonaDbContext(builder.Options);
    }
}
