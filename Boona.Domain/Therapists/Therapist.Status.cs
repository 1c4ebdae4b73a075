using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    private readonly List<TherapistStatusChange> _statusChanges = [];

    public TherapistStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string? BlockReason { get; private set; }

    public DateOnly? BlockedOn { get; private set; }

    /// <summary>Last day of a temporary block; null for an indefinite one.</summary>
    public DateOnly? BlockedUntil { get; private set; }

    /// <summary>
    /// Every status change made through the methods below, oldest first. Persistence loads it only where asked for
    /// (the detail page); an entity read without it holds just the changes made since.
    /// </summary>
    public IReadOnlyList<TherapistStatusChange> StatusChanges => _statusChanges;

    /// <summary>A block with an end date lapses by itself after that day.</summary>
    public bool IsBlockedOn(DateOnly day) =>
        Status == TherapistStatus.Blocked && (BlockedUntil is null || day <= BlockedUntil);

    /// <summary>Active, or blocked only until a day that has passed.</summary>
    public bool IsActiveOn(DateOnly day) =>
        Status == TherapistStatus.Active || (Status == TherapistStatus.Blocked && !IsBlockedOn(day));

    // A reason is optional for these changes; when given, it is kept in the history like a required one.
    public Result AcceptReview(string? reason, StatusStamp stamp) => Transition(TherapistStatus.PendingReview, TherapistStatus.Active, reason, stamp);

    /// <summary>Not one Boona contacts: kept as inactive.</summary>
    public Result RejectReview(string? reason, StatusStamp stamp) => Transition(TherapistStatus.PendingReview, TherapistStatus.Inactive, reason, stamp);

    /// <summary>
    /// Closes an active therapist for all inquiries from <see cref="StatusStamp.Today"/>, optionally until (and including)
    /// <paramref name="until"/>. A blocked therapist cannot be blocked again, unless the block has lapsed.
    /// </summary>
    public Result Block(string? reason, DateOnly? until, StatusStamp stamp)
    {
        if (!(Status == TherapistStatus.Active || (Status == TherapistStatus.Blocked && !IsBlockedOn(stamp.Today))))
        {
            return Result.Failure(TransitionRefused(TherapistStatus.Blocked));
        }

        var errors = Reason(reason, "therapist.block.reason", "A block needs a reason.").ToList();
        if (until is { } end && end < stamp.Today)
        {
            errors.Add(Error.Invalid("therapist.block.until", "A block cannot end before today.", "Until"));
        }

        errors.AddRange(TherapistDates.Check(until, stamp.Today, "Until"));
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var trimmed = reason!.Trim();
        Record(TherapistStatus.Blocked, trimmed, stamp);
        BlockReason = trimmed;
        BlockedOn = stamp.Today;
        BlockedUntil = until;
        return Result.Success();
    }

    public Result Unblock(string? reason, StatusStamp stamp)
    {
        var result = Transition(TherapistStatus.Blocked, TherapistStatus.Active, reason, stamp);
        if (result.IsSuccess)
        {
            ClearBlock();
        }

        return result;
    }

    /// <summary>A therapist who retired or moved away: never selected again until reactivated. The reason is kept in the history.</summary>
    public Result Deactivate(string? reason, StatusStamp stamp)
    {
        if (Status == TherapistStatus.Inactive)
        {
            return Result.Failure(TransitionRefused(TherapistStatus.Inactive));
        }

        var errors = Reason(reason, "therapist.deactivate.reason", "A deactivation needs a reason.").ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Record(TherapistStatus.Inactive, reason!.Trim(), stamp);
        ClearBlock();
        return Result.Success();
    }

    /// <summary>An inactive therapist becomes active again (and contactable by the usual rules).</summary>
    public Result Reactivate(string? reason, StatusStamp stamp) => Transition(TherapistStatus.Inactive, TherapistStatus.Active, reason, stamp);

    /// <summary>The reason a status change keeps: required, one short text.</summary>
    private static IEnumerable<Error> Reason(string? reason, string requiredCode, string requiredMessage) =>
        Text.IsBlank(reason)
            ? [Error.Invalid(requiredCode, requiredMessage, "Reason")]
            : Text.Check(reason, "Reason", FreeText.ShortMaxLength, multiLine: true);

    private Result Transition(TherapistStatus from, TherapistStatus to, string? reason, StatusStamp stamp)
    {
        if (Status != from)
        {
            return Result.Failure(TransitionRefused(to));
        }

        var errors = Text.Check(reason, "Reason", FreeText.ShortMaxLength, multiLine: true).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Record(to, Text.TrimOrNull(reason), stamp);
        return Result.Success();
    }

    private Error TransitionRefused(TherapistStatus to) =>
        Error.Conflict("therapist.transition", $"A therapist who is {Status} cannot become {to}.");

    private void Record(TherapistStatus to, string? reason, StatusStamp stamp)
    {
        _statusChanges.Add(new TherapistStatusChange(Status, to, reason, stamp));
        Status = to;
    }

    private void ClearBlock()
    {
        BlockReason = null;
        BlockedOn = null;
        BlockedUntil = null;
    }
}
