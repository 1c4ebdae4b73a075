using Boona.Domain.Common;

namespace Boona.Domain.Searches;

/// <summary>
/// Every transition refuses what the current state does not allow (a conflict) or a missing or malformed reason
/// (invalid input) with a <see cref="Result"/>, and changes nothing then.
/// </summary>
public sealed partial class PlacementSearch
{
    /// <summary>
    /// Pauses an active search until a day after <c>today</c> (the German calendar day), when it runs again by itself, or
    /// open-ended (<c>until</c> null); the reason is optional.
    /// </summary>
    public Result Pause(DateOnly? until, string? reason, DateOnly today, DateTimeOffset now, string? by)
    {
        if (Refuse(SearchStatus.Active, "pause") is { } refused)
        {
            return refused;
        }

        List<Error> errors = [.. Text.Check(reason, "Reason", FreeText.ShortMaxLength, multiLine: true)];
        if (until is not null && until <= today)
        {
            errors.Add(SearchErrors.PauseUntilPast);
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Status = SearchStatus.Paused;
        PausedUntil = until;
        _events.Add(new SearchEvent(SearchEventKind.Paused, now, Text.TrimOrNull(reason), by: by));
        return Result.Success();
    }

    public Result Resume(DateTimeOffset now, string? by)
    {
        if (Refuse(SearchStatus.Paused, "resume") is { } refused)
        {
            return refused;
        }

        Status = SearchStatus.Active;
        PausedUntil = null;
        _events.Add(new SearchEvent(SearchEventKind.Resumed, now, null, by: by));
        return Result.Success();
    }

    /// <summary>A pause with an end date resumes by itself on that day. Returns whether it resumed.</summary>
    public bool ResumeIfDue(DateOnly today, DateTimeOffset now) =>
        Status == SearchStatus.Paused && PausedUntil is { } until && today >= until && Resume(now, null).IsSuccess;

    public Result Cancel(string? reason, DateTimeOffset now, string? by)
    {
        if (Status.IsFinal())
        {
            return Result.Failure(SearchErrors.Transition(Status, "be cancelled"));
        }

        if (Text.IsBlank(reason))
        {
            return Result.Failure(SearchErrors.CancelReasonRequired);
        }

        if (Text.Check(reason, "Reason", FreeText.ShortMaxLength, multiLine: true).ToList() is { Count: > 0 } errors)
        {
            return Result.Failure(errors);
        }

        Status = SearchStatus.Cancelled;
        CancelReason = reason!.Trim();
        _events.Add(new SearchEvent(SearchEventKind.Cancelled, now, CancelReason, by: by));
        return Result.Success();
    }

    /// <summary>A therapist offered trial sessions. Only an active search can be placed: the first acceptance wins.</summary>
    public Result Place(int therapistId, DateOnly on, DateTimeOffset now, string? by = null)
    {
        if (Refuse(SearchStatus.Active, "be placed") is { } refused)
        {
            return refused;
        }

        Status = SearchStatus.Placed;
        PlacedTherapistId = therapistId;
        PlacedOn = on;
        _events.Add(new SearchEvent(SearchEventKind.Placed, now, null, therapistId, by));
        return Result.Success();
    }

    /// <summary>
    /// The acceptance that placed the patient was recorded by mistake: the placement with <paramref name="therapistId"/>
    /// is taken back and the search runs again, the reason kept in the timeline. Only while nothing followed it: refused
    /// once the trial succeeded, and when the search is no longer placed with that therapist (a failed trial, a no-show,
    /// a cancellation came since).
    /// </summary>
    public Result RevertPlacement(int therapistId, string? reason, DateTimeOffset now, string? by)
    {
        if (PlacedTherapistId == therapistId && Status == SearchStatus.Successful)
        {
            return Result.Failure(SearchErrors.RevertSuccessful);
        }

        if (Status != SearchStatus.Placed || PlacedTherapistId != therapistId)
        {
            return Result.Failure(SearchErrors.RevertMovedOn(Status));
        }

        if (Text.IsBlank(reason))
        {
            return Result.Failure(SearchErrors.RevertReasonRequired);
        }

        if (Text.Check(reason, "Reason", SearchEvent.TextMaxLength, multiLine: true).ToList() is { Count: > 0 } errors)
        {
            return Result.Failure(errors);
        }

        _events.Add(new SearchEvent(SearchEventKind.PlacementReverted, now, reason!.Trim(), therapistId, by));
        BackToActive();
        return Result.Success();
    }

    /// <summary>The trial sessions went well and the therapy continues.</summary>
    public Result ConfirmSuccess(DateOnly on, DateTimeOffset now)
    {
        if (Refuse(SearchStatus.Placed, "succeed") is { } refused)
        {
            return refused;
        }

        Status = SearchStatus.Successful;
        SuccessfulOn = on;
        _events.Add(new SearchEvent(SearchEventKind.Successful, now, null, PlacedTherapistId));
        return Result.Success();
    }

    /// <summary>The trial failed: this therapist is excluded and the search runs again.</summary>
    public Result FailTrial(string? reason, DateTimeOffset now)
    {
        if (Refuse(SearchStatus.Placed, "fail a trial") is { } refused)
        {
            return refused;
        }

        if (Text.IsBlank(reason))
        {
            return Result.Failure(SearchErrors.TrialReasonRequired);
        }

        if (Text.Check(reason, "Reason", Exclusion.ReasonMaxLength, multiLine: true).ToList() is { Count: > 0 } errors)
        {
            return Result.Failure(errors);
        }

        var therapistId = PlacedTherapistId!.Value;
        var trimmed = reason!.Trim();
        _events.Add(new SearchEvent(SearchEventKind.TrialFailed, now, trimmed, therapistId));
        if (!Excludes(therapistId))
        {
            _exclusions.Add(new Exclusion(therapistId, trimmed, now));
            _events.Add(new SearchEvent(SearchEventKind.TherapistExcluded, now, trimmed, therapistId));
        }

        BackToActive();
        return Result.Success();
    }

    /// <summary>The patient missed the first session: back to active, noted, therapist not excluded.</summary>
    public Result RecordNoShow(DateTimeOffset now)
    {
        if (Refuse(SearchStatus.Placed, "record a no-show") is { } refused)
        {
            return refused;
        }

        _events.Add(new SearchEvent(SearchEventKind.NoShow, now, null, PlacedTherapistId));
        BackToActive();
        return Result.Success();
    }

    private void BackToActive()
    {
        Status = SearchStatus.Active;
        PlacedTherapistId = null;
        PlacedOn = null;
    }

    private Result? Refuse(SearchStatus expected, string action) =>
        Status == expected ? null : Result.Failure(SearchErrors.Transition(Status, action));
}
