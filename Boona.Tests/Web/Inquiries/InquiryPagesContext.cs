using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Outreach.Outbox;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Infrastructure.Inquiries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Boona.Tests.Web.Inquiries;

/// <summary>bUnit over a real SQLite database with the inquiry use cases wired as the app wires them.</summary>
public abstract class InquiryPagesContext : BoonaComponentContext, IAsyncLifetime
{
    private Support.TestDatabase? _database;
    private InquiryWorld? _world;

    internal InquiryWorld World => _world ?? throw new InvalidOperationException("Not initialised.");

    public async ValueTask InitializeAsync()
    {
        _database = await Support.TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _world = new InquiryWorld(_database);
        Services.AddSingleton<IDbContextFactory<BoonaDbContext>>(_database.Factory);
        Services.AddSingleton<TimeProvider>(_world.Clock);
        Services.AddSingleton<SettingsStore>();
        Services.AddSingleton<IRoutingService, NoRouting>();
        Services.AddInquiries();
        Services.AddTransient<PatientAccessLog>();
        Services.AddTransient<OutboxCommands>();
        Services.AddTransient<OutboxQueries>();
    }

    /// <summary>Dialogs and message boxes need their providers in the rendered tree.</summary>
    protected Bunit.IRenderedComponent<MudDialogProvider> RenderProviders()
    {
        Render<MudPopoverProvider>();
        return Render<MudDialogProvider>();
    }

    // The bUnit context is disposed first (its circuit may still read), then the database is dropped.
    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }
}
