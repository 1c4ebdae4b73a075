namespace Boona.Infrastructure.Jobs;

/// <summary>
/// A job's schedule as an admin set it, replacing the default of its <see cref="JobDefinition"/>: applied to the Quartz
/// trigger when saved and at every start. Only jobs whose definition allows it (<see cref="JobDefinition.ScheduleEditable"/>).
/// </summary>
public sealed class JobSchedule
{
    public const int CronMaxLength = 120;

    public required string JobName { get; init; }

    public required string Cron { get; set; }

    public required DateTimeOffset ChangedAt { get; set; }

    public required string ChangedBy { get; set; }
}
