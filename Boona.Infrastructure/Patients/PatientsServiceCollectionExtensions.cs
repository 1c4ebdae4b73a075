using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Infrastructure.Patients;

public static class PatientsServiceCollectionExtensions
{
    /// <summary>The patient use cases: intake and edit, lists, exclusions, the access log, the weekly progress e-mails.</summary>
    public static IServiceCollection AddPatients(this IServiceCollection services)
    {
        services.AddTransient<PatientAccessLog>();
        services.AddTransient<PatientCommands>();
        services.AddTransient<PatientQueries>();
        services.AddTransient<PatientExclusions>();
        services.AddTransient<PatientProgressMails>();
        services.AddBoonaJob<PatientProgressJob>(PatientProgressJob.Name, PatientProgressJob.Schedule, scheduleEditable: true);
        return services;
    }
}
