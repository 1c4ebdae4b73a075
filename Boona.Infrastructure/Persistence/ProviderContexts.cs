using Boona.Infrastructure.Persistence.Conversions;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Persistence;

/// <summary>The embedded default: one SQLite file. Carries the SQLite migrations.</summary>
public sealed class SqliteBoonaDbContext(DbContextOptions<SqliteBoonaDbContext> options) : BoonaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}

/// <summary>Production: PostgreSQL. Carries the PostgreSQL migrations.</summary>
public sealed class PostgresBoonaDbContext(DbContextOptions<PostgresBoonaDbContext> options) : BoonaDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcOffsetConverter>();
    }
}
