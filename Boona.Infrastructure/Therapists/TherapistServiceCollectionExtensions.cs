using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Therapists;

public static class TherapistServiceCollectionExtensions
{
    /// <summary>The therapist directory's use cases.</summary>
    public static IServiceCollection AddTherapists(this IServiceCollection services)
    {
        services.AddTransient<TherapistQueries>();
        services.AddTransient<TherapistCommands>();
        return services;
    }
}
