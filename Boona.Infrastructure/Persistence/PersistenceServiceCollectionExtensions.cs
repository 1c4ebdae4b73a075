using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Boona.Infrastructure.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>Registers the context factory for the configured provider, and a scoped context for ASP.NET Identity.</summary>
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">Reads <c>Database</c> and <c>ConnectionStrings</c>.</param>
    /// <param name="contentRoot">A relative SQLite file is placed under this folder, wherever the app was started from.</param>
    /// <param name="environmentName">The host environment: demo data is the default only in Development.</param>
    public static IServiceCollection AddBoonaPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot, string environmentName)
    {
        var options = ReadOptions(configuration, contentRoot, environmentName);
        services.AddSingleton(options);
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                EnsureSqliteFolder(options.SqliteConnectionString);
                services.AddPooledDbContextFactory<SqliteBoonaDbContext>(o => ConfigureSqlite(o, options.SqliteConnectionString));
                services.AddSingleton<IDbContextFactory<BoonaDbContext>, BoonaDbContextFactory<SqliteBoonaDbContext>>();
                break;
            case DatabaseProvider.Postgres:
                var connectionString = options.PostgresConnectionString
                    ?? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Postgres is not set.");
                services.AddPooledDbContextFactory<PostgresBoonaDbContext>(o => ConfigurePostgres(o, connectionString));
                services.AddSingleton<IDbContextFactory<BoonaDbContext>, BoonaDbContextFactory<PostgresBoonaDbContext>>();
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider {options.Provider}.");
        }

        // ASP.NET Core Identity's stores want a scoped context; everything else uses the factory.
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContext());
        services.AddTransient<StoredLanguageMapping>();
        services.AddTransient<DatabaseInitializer>();
        return services;
    }

    public static DatabaseOptions ReadOptions(IConfiguration configuration, string contentRoot, string environmentName)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.IsDevelopment = environmentName == Environments.Development;
        options.SqliteConnectionString = AnchorSqlitePath(configuration.GetConnectionString("Sqlite") ?? options.SqliteConnectionString, contentRoot);
        options.PostgresConnectionString = configuration.GetConnectionString("Postgres") ?? options.PostgresConnectionString;
        return options;
    }

    public static void ConfigureSqlite(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable("__EFMigrationsHistory"))
            .AddInterceptors(SqliteFunctions.Instance);

    public static void ConfigurePostgres(DbContextOptionsBuilder builder, string connectionString) =>
        builder.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory"));

    private static string AnchorSqlitePath(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource != ":memory:" && !builder.DataSource.StartsWith("file:", StringComparison.Ordinal) && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.Combine(contentRoot, builder.DataSource);
        }

        return builder.ToString();
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var dataSource = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(dataSource));
        if (!string.IsNullOrEmpty(folder) && dataSource != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
