namespace Boona.Infrastructure.Jobs;

public enum JobRunStatus
{
    Running,
    Succeeded,
    CompletedWithErrors,
    Failed,
    Cancelled,

    /// <summary>The process running it stopped without finishing the run (crash, kill, deployment).</summary>
    Abandoned,
}

/// <summary>How a run was started: by its schedule, or by a person pressing "run now" (or a command line).</summary>
public enum JobTriggerKind
{
    Schedule,
    Manual,
}

/// <summary>One run of a scheduled job: who started it, how far it got, how it ended.</summary>
public sealed class JobRun
{
    public const int MessageLength = 2000;

    public long Id { get; private set; }

    public required string JobName { get; init; }

    public JobTriggerKind Trigger { get; init; }

    /// <summary>The user who pressed "run now"; null for scheduled runs.</summary>
    public string? TriggeredBy { get; init; }

    /// <summary>The scheduler instance (node) that ran it.</summary>
    public required string InstanceId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Last sign of life while running; a run silent for long was abandoned.</summary>
    public DateTimeOffset HeartbeatAt { get; set; }

    public JobRunStatus Status { get; set; } = JobRunStatus.Running;

    public int ItemsDone { get; set; }

    public int? ItemsTotal { get; set; }

    public int Errors { get; set; }

    public string? Message { get; set; }

    public TimeSpan? Duration => FinishedAt - StartedAt;
}
