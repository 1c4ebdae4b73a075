namespace Boona.Infrastructure.Inquiries;

/// <summary>The trial sessions with the placed therapist failed: why (kept in the timeline and on the exclusion list).</summary>
public sealed class TrialFailureInput
{
    public string? Reason { get; set; }
}
