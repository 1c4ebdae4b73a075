using Boona.Domain.Common;

namespace Boona.Domain.Searches;

public sealed partial class PlacementSearch
{
    public void Pause(DateOnly? until, string? reason, DateTimeOffset now)
    {
        Require(SearchStatus.Active, "pause");
        if (until is not null && until <= DateOnly.FromDateTime(now.UtcDateTime))
        {
            throw new DomainException("search.pause.until", "A pause must end in the future.");
        }

        Status = SearchStatus.Paused;
        PausedUntil = until;
        _events.Add(new SearchEvent(SearchEventKind.Paused, now, reason));
    }

    public void Resume(DateTimeOffset now)
    {
        Require(SearchStatus.Paused, "resume");
        Status = SearchStatus.Active;
        PausedUntil = null;
        _events.Add(new SearchEvent(SearchEventKind.Resumed, now, null));
    }

    /// <summary>A pause with an end date resumes by itself on that day. Returns whether it resumed.</summary>
    public bool ResumeIfDue(DateOnly today, DateTimeOffset now)
    {
        if (Status != SearchStatus.Paused || PausedUntil is not { } until || today < until)
        {
            return false;
        }

        Resume(now);
        return true;
    }

    public void Cancel(string reason, DateTimeOffset now)
    {
        if (Status.IsFinal())
        {
            throw new DomainException("search.transition", $"A search that is {Status} cannot be cancelled.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("search.cancel.reason", "Cancelling a search needs a reason.");
        }

        Status = SearchStatus.Cancelled;
        CancelReason = reason.Trim();
        _events.Add(new SearchEvent(SearchEventKind.Cancelled, now, CancelReason));
    }

    /// <summary>A therapist offered trial sessions. Only an active search can be placed: the first acceptance wins.</summary>
    public void Place(int therapistId, DateOnly on, DateTimeOffset now)
    {
        Require(SearchStatus.Active, "be placed");
        Status = SearchStatus.Placed;
        PlacedTherapistId = therapistId;
        PlacedOn = on;
        _events.Add(new SearchEvent(SearchEventKind.Placed, now, null, therapistId));
    }

    /// <summary>The trial sessions went well and the therapy continues.</summary>
    public void ConfirmSuccess(DateOnly on, DateTimeOffset now)
    {
        Require(SearchStatus.Placed, "succeed");
        Status = SearchStatus.Successful;
        SuccessfulOn = on;
        _events.Add(new SearchEvent(SearchEventKind.Successful, now, null, PlacedTherapistId));
    }

    /// <summary>The trial failed: this therapist is excluded and the search runs again.</summary>
    public void FailTrial(string reason, DateTimeOffset now)
    {
        Require(SearchStatus.Placed, "fail a trial");
        var therapistId = PlacedTherapistId!.Value;
        _events.Add(new SearchEvent(SearchEventKind.TrialFailed, now, reason, therapistId));
        Exclude(therapistId, reason, now);
        BackToActive();
    }

    /// <summary>The patient missed the first session: back to active, noted, therapist not excluded.</summary>
    public void RecordNoShow(DateTimeOffset now)
    {
        Require(SearchStatus.Placed, "record a no-show");
        _events.Add(new SearchEvent(SearchEventKind.NoShow, now, null, PlacedTherapistId));
        BackToActive();
    }

    private void BackToActive()
    {
        Status = SearchStatus.Active;
        PlacedTherapistId = null;
        PlacedOn = null;
    }

    private void Require(SearchStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException("search.transition", $"A search that is {Status} cannot {action}; only an {expected} one can.");
        }
    }
}
