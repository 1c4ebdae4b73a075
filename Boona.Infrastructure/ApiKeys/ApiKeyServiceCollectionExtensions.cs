using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.ApiKeys;

public static class ApiKeyServiceCollectionExtensions
{
    public static IServiceCollection AddApiKeys(this IServiceCollection services)
    {
        services.AddTransient<ApiKeyCommands>();
        services.AddTransient<ApiKeyValidator>();
        return services;
    }
}
