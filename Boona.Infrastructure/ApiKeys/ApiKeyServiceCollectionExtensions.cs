using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.ApiKeys;

public static class ApiKeyServiceCollectionExtensions
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddOptions<ApiKeyOptions>().BindConfiguration(ApiKeyOptions.Section)
            .Validate(o => o.Lifetime > TimeSpan.Zero && o.Lifetime <= ApiKeyOptions.LongestLifetime, "ApiKeys:Lifetime must be more than zero and at most ten years, e.g. 365.00:00:00.")
            .ValidateOnStart();
        services.AddTransient<ApiKeyCommands>();
        services.AddTransient<ApiKeyValidator>();
        return services;
    }
}
