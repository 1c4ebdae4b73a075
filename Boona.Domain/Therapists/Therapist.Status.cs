using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    public TherapistStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? BlockReason { get; private set; }

    public DateOnly? BlockedOn { get; private set; }

    /// <summary>Last day of a temporary block; null for an indefinite one.</summary>
    public DateOnly? BlockedUntil { get; private set; }

    /// <summary>A block with an end date lapses by itself after that day.</summary>
    public bool IsBlockedOn(DateOnly day) =>
        Status == TherapistStatus.Blocked && (BlockedUntil is null || day <= BlockedUntil);

    /// <summary>Active, or blocked only until a day that has passed.</summary>
    public bool IsActiveOn(DateOnly day) =>
        Status == TherapistStatus.Active || (Status == TherapistStatus.Blocked && !IsBlockedOn(day));

    public void AcceptReview() => Transition(TherapistStatus.PendingReview, TherapistStatus.Active);

    public void RejectReview() => Transition(TherapistStatus.PendingReview, TherapistStatus.Inactive);

    public void Block(string reason, DateOnly on, DateOnly? until)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("therapist.block.reason", "A block needs a reason.");
        }

        if (until is not null && until < on)
        {
            throw new DomainException("therapist.block.until", "A block cannot end before it starts.");
        }

        if (Status is not (TherapistStatus.Active or TherapistStatus.Blocked))
        {
            throw new DomainException("therapist.transition", $"A therapist who is {Status} cannot be blocked.");
        }

        Status = TherapistStatus.Blocked;
        BlockReason = reason.Trim();
        BlockedOn = on;
        BlockedUntil = until;
    }

    public void Unblock()
    {
        Transition(TherapistStatus.Blocked, TherapistStatus.Active);
        BlockReason = null;
        BlockedOn = null;
        BlockedUntil = null;
    }

    public void Deactivate()
    {
        if (Status == TherapistStatus.Inactive)
        {
            throw new DomainException("therapist.transition", "The therapist is already inactive.");
        }

        Status = TherapistStatus.Inactive;
    }

    public void Reactivate() => Transition(TherapistStatus.Inactive, TherapistStatus.Active);

    private void Transition(TherapistStatus from, TherapistStatus to)
    {
        if (Status != from)
        {
            throw new DomainException("therapist.transition", $"A therapist who is {Status} cannot become {to}; only {from} can.");
        }

        Status = to;
    }
}
