using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach;
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
    /// <param name="services">The application's services.</param>
    /// <param name="configuration">The application's settings.</param>
    /// <param name="contentRoot">Relative paths (the SQLite file) are below this folder.</param>
    /// <param name="environmentName">The host environment (<c>Development</c>, <c>Production</c>, …).</param>
    public static IServiceCollection AddBoonaInfrastructure(this IServiceCollection services, IConfiguration configuration, string contentRoot, string environmentName)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddBoonaPersistence(configuration, contentRoot, environmentName);
        services.AddBoonaJobs(configuration, PersistenceServiceCollectionExtensions.ReadOptions(configuration, contentRoot, environmentName));
        services.AddTransient<OverviewQueries>();
        services.AddBoonaOverview();
        services.AddSingleton<SettingsStore>();
        services.AddBoonaGeo(configuration);
        services.AddPatients();
        services.AddTherapists();
        services.AddSearches();
        services.AddInquiries();
        services.AddBoonaOutreach(contentRoot);
        services.AddFollowUp();
        services.AddApiKeys();
        return services;
    }
}
