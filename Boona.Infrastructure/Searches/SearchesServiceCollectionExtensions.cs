using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Searches;

public static class SearchesServiceCollectionExtensions
{
    /// <summary>The placement-search use cases: start, pause, resume, cancel, lists, and the daily resumption.</summary>
    public static IServiceCollection AddSearches(this IServiceCollection services)
    {
        services.AddTransient<SearchCommands>();
        services.AddTransient<SearchQueries>();
        services.AddTransient<ResumeDueSearches>();
        services.AddBoonaJob<ResumeDueSearchesJob>(ResumeDueSearchesJob.Name, ResumeDueSearchesJob.Schedule);
        return services;
    }
}
