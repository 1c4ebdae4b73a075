using Boona.Infrastructure.Calls;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Overview;

public static class OverviewServiceCollectionExtensions
{
    /// <summary>The start page's counts and the calls list.</summary>
    public static IServiceCollection AddBoonaOverview(this IServiceCollection services)
    {
        services.AddTransient<TodaysWorkQueries>();
        services.AddTransient<CallQueries>();
        services.AddTransient<CallWorkList>();
        services.AddTransient<CallCommands>();
        return services;
    }
}
