using Boona.Domain.Searches;

namespace Boona.Infrastructure.Searches;

/// <summary>One of a patient's searches, as listed on the patient page.</summary>
public sealed record SearchSummary(int Id, SearchStatus Status, DateTimeOffset CreatedAt, DateOnly? PausedUntil, string? CancelReason)
{
    public bool IsOpen => !Status.IsFinal();
}
