using Boona.Infrastructure.Jobs;

namespace Boona.Web.Api;

/// <summary>A job, its schedule and its latest runs, newest first.</summary>
public sealed record JobDto(string Name, string? Cron, DateTimeOffset? NextFireAt, IReadOnlyList<JobRunDto> LastRuns)
{
    public static JobDto From(JobOverview job) => new(job.Name, job.Cron, job.NextFireAt, [.. job.LastRuns.Select(JobRunDto.From)]);
}

/// <summary>One run: who started it, how far it got and how it ended.</summary>
public sealed record JobRunDto(
    long Id, JobTriggerKind Trigger, string? TriggeredBy, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JobRunStatus Status, int ItemsDone, int? ItemsTotal, int Errors, string? Message)
{
    public static JobRunDto From(JobRunView run) =>
        new(run.Id, run.Trigger, run.TriggeredBy, run.StartedAt, run.FinishedAt, run.Status, run.ItemsDone, run.ItemsTotal, run.Errors, run.Message);
}
