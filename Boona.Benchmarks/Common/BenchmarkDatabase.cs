using Boona.Infrastructure;
using Boona.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Boona.Benchmarks.Common;

/// <summary>
/// A scratch database wired exactly like the app (<c>AddBoonaInfrastructure</c>, pooled context factory,
/// migrations): a temporary SQLite file, or a PostgreSQL database created for the run and dropped after it.
/// </summary>
public sealed class BenchmarkDatabase : IAsyncDisposable
{
    private readonly string? _postgresServer;
    private readonly string _name;

    private BenchmarkDatabase(DatabaseProvider provider, ServiceProvider services, string name, string? postgresServer)
    {
        Provider = provider;
        Services = services;
        _name = name;
        _postgresServer = postgresServer;
    }

    public DatabaseProvider Provider { get; }

    public ServiceProvider Services { get; }

    /// <summary>Leave the database behind on dispose, e.g. to look at query plans.</summary>
    public bool Keep { get; set; }

    public string ProviderName => Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    public static async Task<BenchmarkDatabase> CreateAsync(
        DatabaseProvider provider, string? postgresServer, CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? extraSettings = null)
    {
        var name = $"boona_bench_{Guid.NewGuid():N}";
        var settings = new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:SeedDemoData"] = "false",
        };
        foreach (var (key, value) in extraSettings ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        if (provider == DatabaseProvider.Postgres)
        {
            var server = postgresServer ?? throw new InvalidOperationException("PostgreSQL needs --postgres.");
            await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", cancellationToken);
            settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        }
        else
        {
            settings["ConnectionStrings:Sqlite"] = $"Data Source={Path.Combine(Path.GetTempPath(), name + ".db")}";
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddBoonaInfrastructure(configuration, Path.GetTempPath(), "Benchmark")
            .BuildServiceProvider();
        var database = new BenchmarkDatabase(provider, services, name, provider == DatabaseProvider.Postgres ? postgresServer : null);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (Keep)
        {
            Console.WriteLine($"Kept database {_name}");
        }
        else if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(_postgresServer, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)", CancellationToken.None);
        }
        else
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(Path.Combine(Path.GetTempPath(), _name + ".db"));
        }
    }

    private static async Task ExecuteAsync(string server, string sql, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = "postgres", Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ToString());
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
