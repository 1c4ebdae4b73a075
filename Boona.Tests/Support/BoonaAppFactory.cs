using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Support;

/// <summary>The real app on a private SQLite file, optionally with the demo data set.</summary>
public sealed class BoonaAppFactory : WebApplicationFactory<Program>
{
    private readonly string _databaseFile = TestFiles.NewPath("app", ".db");

    private readonly IReadOnlyDictionary<string, string> _settings;

    /// <summary>Where this app's e-mails land without an SMTP server: inside the test run's folder, never the repository.</summary>
    public string MailFolder { get; } = TestFiles.NewPath("mail");

    private readonly string _environment;

    private readonly Action<IServiceCollection>? _services;

    /// <param name="seedDemoData">Fill the database with the demo data set (and the demo accounts).</param>
    /// <param name="settings">Extra configuration, e.g. <c>["Security:MaxFailedAttempts"] = "3"</c>.</param>
    /// <param name="services">Registrations after the app's own, e.g. a decorator that counts calls.</param>
    /// <param name="environment">The host environment; <c>Production</c> needs an admin (<c>Bootstrap:*</c> or demo data).</param>
    public BoonaAppFactory(
        bool seedDemoData = true, IReadOnlyDictionary<string, string>? settings = null, Action<IServiceCollection>? services = null, string environment = "Development")
    {
        SeedDemoData = seedDemoData;
        _settings = settings ?? new Dictionary<string, string>();
        _services = services;
        _environment = environment;
    }

    public bool SeedDemoData { get; }

    public string DatabaseFile => _databaseFile;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databaseFile)!);
        builder.UseEnvironment(_environment);
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("ConnectionStrings:Sqlite", $"Data Source={_databaseFile};Pooling=False");
        builder.UseSetting("Database:SeedDemoData", SeedDemoData ? "true" : "false");
        builder.UseSetting("Smtp:PickupFolder", MailFolder);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        File.Delete(_databaseFile);
    }
}
