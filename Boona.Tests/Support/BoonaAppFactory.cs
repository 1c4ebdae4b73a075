using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Boona.Tests.Support;

/// <summary>The real app on a private SQLite file, optionally with the demo data set.</summary>
public sealed class BoonaAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = Path.Combine(Path.GetTempPath(), "boona-tests", $"app_{Guid.NewGuid():N}.db");

    public BoonaAppFactory(bool seedDemoData = true)
    {
        SeedDemoData = seedDemoData;
    }

    public bool SeedDemoData { get; }

    public string DatabaseFile => _databaseFile;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
        builder.UseEnvironment("Development");
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databaseFile};Pooling=False");
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_databaseFile);
    }
}
