namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    /// <summary>The directory the therapist was imported from, e.g. <c>kvb</c>; null when entered by hand.</summary>
    public string? SourceName { get; private set; }

    public string? SourceId { get; private set; }

    public DateTimeOffset? SourceLastSeenAt { get; private set; }

    /// <summary>Consecutive import runs in which the source no longer listed the therapist.</summary>
    public int SourceMissingRuns { get; private set; }

    public void LinkSource(string sourceName, string sourceId, DateTimeOffset seenAt)
    {
        SourceName = sourceName;
        SourceId = sourceId;
        SourceLastSeenAt = seenAt.ToUniversalTime();
        SourceMissingRuns = 0;
    }

    public void MarkSeenInSource(DateTimeOffset seenAt)
    {
        SourceLastSeenAt = seenAt.ToUniversalTime();
        SourceMissingRuns = 0;
    }

    public void MarkMissingFromSource() => SourceMissingRuns++;
}
