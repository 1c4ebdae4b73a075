using System.ComponentModel.DataAnnotations;

namespace Boona.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Section <c>Database</c>. Connection strings come from <c>ConnectionStrings:Sqlite</c> and <c>ConnectionStrings:Postgres</c>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// Fill an empty database with the demo data set (and the demo accounts, whose passwords are published).
    /// Unset, only the README's run command gets it: Development on SQLite.
    /// </summary>
    public bool? SeedDemoData { get; set; }

    /// <summary>Apply pending migrations at start.</summary>
    public bool MigrateOnStart { get; set; } = true;

    [Required(AllowEmptyStrings = false)]
    public string SqliteConnectionString { get; set; } = "Data Source=data/boona.db";

    public string? PostgresConnectionString { get; set; }

    /// <summary>The host runs in Development; set from the host environment, not from configuration.</summary>
    public bool IsDevelopment { get; internal set; }

    public bool ShouldSeedDemoData => SeedDemoData ?? (IsDevelopment && Provider == DatabaseProvider.Sqlite);
}
