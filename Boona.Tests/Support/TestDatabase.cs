using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Boona.Tests.Support;

/// <summary>
/// A fresh, migrated database of one provider for one test: a temporary SQLite file, or a PostgreSQL
/// database cloned from a migrated template. Dropped on dispose.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _postgresServer;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresServer, string name)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresServer = postgresServer;
        Name = name;
        Factory = new TestContextFactory(provider, connectionString);
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string Name { get; }

    public IDbContextFactory<BoonaDbContext> Factory { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider)
    {
        var name = $"boona_t_{Guid.NewGuid():N}";
        if (provider == DatabaseProvider.Sqlite)
        {
            var database = new TestDatabase(provider, $"Data Source={Path.Combine(TestFiles.Folder, name + ".db")};Pooling=False", null, name);
            await using var context = database.Factory.CreateDbContext();
            await context.Database.MigrateAsync(TestContext.Current.CancellationToken);
            return database;
        }

        var server = TestEnvironment.RequirePostgres();
        var template = await PostgresTemplate.EnsureAsync(server);
        await PostgresAdmin.ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(provider, connectionString, server, name);
    }

    public BoonaDbContext CreateContext() => Factory.CreateDbContext();

    public async ValueTask DisposeAsync()
    {
        if (_postgresServer is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresAdmin.ExecuteAsync(_postgresServer, $"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
        }
        else
        {
            var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
            File.Delete(file);
        }
    }
}
