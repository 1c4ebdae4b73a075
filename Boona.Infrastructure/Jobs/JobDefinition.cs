using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>
/// A job's fixed identity and schedule. <paramref name="Name"/> is the Quartz job name, the key in
/// <c>JobRuns</c> and the resource key of its title (<c>Job_{Name}</c> in JobsTexts); never rename it.
/// </summary>
/// <param name="Name">Stable kebab-case name, e.g. <c>geocoding-refresh</c>.</param>
/// <param name="JobType">The <see cref="BoonaJob"/> subclass.</param>
/// <param name="Cron">Quartz cron expression in German time, or null for a job that only runs on demand.</param>
/// <param name="StartedFrom">For a job that needs input to start (a file to import): the page that starts it; the Jobs page links there instead of offering "run now".</param>
/// <param name="ScheduleEditable">Admins may replace <paramref name="Cron"/> (the default) with weekdays and a time on the Jobs page (<see cref="JobScheduleCommands"/>).</param>
public sealed record JobDefinition(string Name, Type JobType, string? Cron, string? StartedFrom = null, bool ScheduleEditable = false)
{
    public const string Group = "boona";

    public JobKey Key => new(Name, Group);

    public TriggerKey ScheduleKey => new(Name + ".schedule", Group);
}
