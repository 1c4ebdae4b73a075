using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Patients;

/// <summary>Once a week (admins choose the day and time; by default Monday 09:00) and on demand: the patients' progress e-mails.</summary>
[DisallowConcurrentExecution]
internal sealed class PatientProgressJob(PatientProgressMails mails, JobRunRecorder recorder, ILogger<PatientProgressJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "patient-progress";

    /// <summary>Monday 09:00 German time, until an admin changes it on the Jobs page.</summary>
    public const string Schedule = "0 0 9 ? * MON";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        mails.RunAsync(progress, cancellationToken);
}
