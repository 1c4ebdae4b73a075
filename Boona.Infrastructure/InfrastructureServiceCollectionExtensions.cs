using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Overview;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Infrastructure.Settings;
using Boona.Infrastructure.Therapists;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure;

public static class InfrastructureServiceCollectionExtensions
{
    /// <summary>Persistence and the use-case services the UI and the API call.</summary>
    public static IServiceCollection AddBoonaInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddBoonaPersistence(configuration, contentRoot);
        services.AddBoonaJobs(configuration, PersistenceServiceCollectionExtensions.ReadOptions(configuration, contentRoot));
        services.AddTransient<OverviewQueries>();
        services.AddBoonaOverview();
        services.AddSingleton<SettingsStore>();
        services.AddBoonaGeo(configuration);
        services.AddPatients();
        services.AddTherapists();
        services.AddSearches();
        services.AddInquiries();
        services.AddApiKeys();
        return services;
    }
}
