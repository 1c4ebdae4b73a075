namespace Boona.Domain.Common;

/// <summary>A therapist who must never be offered this patient (Ausschlussliste entry).</summary>
public sealed class Exclusion
{
    public const int ReasonMaxLength = FreeText.ShortMaxLength;

    public Exclusion(int therapistId, string reason, DateTimeOffset at)
    {
        TherapistId = therapistId;
        Reason = reason;
        At = at.ToUniversalTime();
    }

    public int TherapistId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The therapist is on the list already.</summary>
    public static Error AlreadyThere { get; } = Error.Conflict("exclusion.exists", "This therapist is already on the exclusion list.", "Therapist");

    /// <summary>Why the therapist is excluded: required, a short text.</summary>
    public static IEnumerable<Error> CheckReason(string? reason) =>
        Text.IsBlank(reason)
            ? [Error.Invalid("exclusion.reason.required", "An exclusion needs a reason.", "Reason")]
            : Text.Check(reason, "Reason", ReasonMaxLength, multiLine: true);

    /// <summary>Why the exclusion is lifted again: required, a short text; it is kept.</summary>
    public static IEnumerable<Error> CheckLiftReason(string? reason) =>
        Text.IsBlank(reason)
            ? [Error.Invalid("exclusion.lift.reason", "Lifting an exclusion needs a reason.", "Reason")]
            : Text.Check(reason, "Reason", ReasonMaxLength, multiLine: true);
}

/// <summary>An exclusion taken off the list again: what it was, and who lifted it when and why.</summary>
public sealed class LiftedExclusion
{
    public LiftedExclusion(int therapistId, string reason, DateTimeOffset at, string liftReason, DateTimeOffset liftedAt, string? liftedBy)
    {
        TherapistId = therapistId;
        Reason = reason;
        At = at.ToUniversalTime();
        LiftReason = liftReason;
        LiftedAt = liftedAt.ToUniversalTime();
        LiftedBy = ActorName.Bounded(liftedBy);
    }

    public int TherapistId { get; private set; }

    /// <summary>Why the therapist had been excluded.</summary>
    public string Reason { get; private set; }

    /// <summary>When the therapist had been excluded.</summary>
    public DateTimeOffset At { get; private set; }

    public string LiftReason { get; private set; }

    public DateTimeOffset LiftedAt { get; private set; }

    public string? LiftedBy { get; private set; }
}
