namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// A coordinator's new end of a therapist's cooling period (null: contact allowed at once) and the reason, which is kept.
/// Version is the one the caller read; null skips that check.
/// </summary>
public sealed record CoolingOverrideInput
{
    public int? Version { get; init; }

    public DateOnly? NextContactAllowedOn { get; init; }

    public string? Reason { get; init; }
}
