namespace Boona.Infrastructure.Jobs;

/// <summary>Section <c>Jobs</c>.</summary>
public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the scheduler in this process. Off for a process that must not run jobs (e.g. a one-off import).</summary>
    public bool Enabled { get; set; } = true;
}
