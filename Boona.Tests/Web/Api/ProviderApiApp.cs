using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;

namespace Boona.Tests.Web.Api;

/// <summary>The API app on either provider: its own SQLite file, or a fresh PostgreSQL database cloned from the template.</summary>
public sealed class ProviderApiApp : IAsyncDisposable
{
    private readonly TestDatabase? _database;

    private ProviderApiApp(ApiApp app, TestDatabase? database)
    {
        App = app;
        _database = database;
    }

    public ApiApp App { get; }

    public static async Task<ProviderApiApp> StartAsync(DatabaseProvider provider)
    {
        var settings = new Dictionary<string, string> { ["Jobs:Enabled"] = "false" };
        var database = provider == DatabaseProvider.Postgres ? await TestDatabase.CreateAsync(provider) : null;
        if (database is not null)
        {
            settings["Database:Provider"] = "Postgres";
            settings["ConnectionStrings:Postgres"] = database.ConnectionString;
        }

        return new ProviderApiApp(new ApiApp(settings), database);
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }
}
