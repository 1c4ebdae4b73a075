using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Patients;

public static class PatientsServiceCollectionExtensions
{
    /// <summary>The patient use cases: intake and edit, lists, exclusions, the access log.</summary>
    public static IServiceCollection AddPatients(this IServiceCollection services)
    {
        services.AddTransient<PatientAccessLog>();
        services.AddTransient<PatientCommands>();
        services.AddTransient<PatientQueries>();
        services.AddTransient<PatientExclusions>();
        return services;
    }
}
