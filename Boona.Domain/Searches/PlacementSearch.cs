using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Domain.Searches;

/// <summary>One patient's search for a therapy place (Platzsuche). Only active searches are offered in inquiries.</summary>
public sealed partial class PlacementSearch : VersionedEntity
{
    private readonly List<Exclusion> _exclusions = [];
    private readonly List<SearchEvent> _events = [];

    private PlacementSearch()
    {
    }

    public int PatientId { get; private set; }

    public SearchStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>The first day the search runs again by itself; null for an open-ended pause.</summary>
    public DateOnly? PausedUntil { get; private set; }

    public string? CancelReason { get; private set; }

    public int? PlacedTherapistId { get; private set; }

    public DateOnly? PlacedOn { get; private set; }

    public DateOnly? SuccessfulOn { get; private set; }

    public IReadOnlyList<Exclusion> Exclusions => _exclusions;

    public IReadOnlyList<SearchEvent> Events => _events;

    /// <summary>When the current placement was recorded; null unless placed.</summary>
    public DateTimeOffset? PlacedAt => Status == SearchStatus.Placed
        ? _events.Where(e => e.Kind == SearchEventKind.Placed).Select(e => (DateTimeOffset?)e.At).Max()
        : null;

    /// <summary>Opens a search record as it is, without asking the rules: for data known to be right (demo data, tests).</summary>
    public static PlacementSearch Start(int patientId, DateTimeOffset now)
    {
        var search = new PlacementSearch { PatientId = patientId, Status = SearchStatus.Active, CreatedAt = now.ToUniversalTime() };
        search._events.Add(new SearchEvent(SearchEventKind.Started, now, null));
        return search;
    }

    /// <summary>
    /// Whether a search may start for the patient: no other search of theirs is open, the pre-qualification passes, and
    /// their status allows one (not in therapy; a successful search leaves the patient in therapy).
    /// </summary>
    public static Result CanStartFor(Patient patient, bool hasOpenSearch, DateOnly today)
    {
        if (hasOpenSearch)
        {
            return Result.Failure(SearchErrors.AlreadyOpen);
        }

        var failed = PreQualification.Check(patient, today).Where(c => c.State == CheckState.Failed).Select(c => c.Code).ToList();
        if (failed.Count > 0)
        {
            return Result.Failure(SearchErrors.NotQualified(failed));
        }

        return patient.MaySearch ? Result.Success() : Result.Failure(SearchErrors.PatientStatus(patient.Status));
    }

    /// <summary>Starts the patient's search when <see cref="CanStartFor"/> allows it; the patient is searching from then on.</summary>
    public static Result<PlacementSearch> StartFor(Patient patient, bool hasOpenSearch, DateOnly today, DateTimeOffset now)
    {
        var allowed = CanStartFor(patient, hasOpenSearch, today);
        if (!allowed.IsSuccess)
        {
            return Result<PlacementSearch>.Failure(allowed.Errors);
        }

        var marked = patient.MarkSearching(today);
        return marked.IsSuccess ? Result<PlacementSearch>.Of(Start(patient.Id, now)) : Result<PlacementSearch>.Failure(marked.Errors);
    }

    public bool Excludes(int therapistId) => _exclusions.Any(e => e.TherapistId == therapistId);

    /// <summary>Puts a therapist on this search's exclusion list, with a reason; refused when already there.</summary>
    public Result Exclude(int therapistId, string? reason, DateTimeOffset at, string? by = null)
    {
        var errors = Exclusion.CheckReason(reason).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (Excludes(therapistId))
        {
            return Result.Failure(Exclusion.AlreadyThere);
        }

        var exclusion = new Exclusion(therapistId, reason!.Trim(), at);
        _exclusions.Add(exclusion);
        _events.Add(new SearchEvent(SearchEventKind.TherapistExcluded, at, exclusion.Reason, therapistId, by));
        return Result.Success();
    }

    /// <summary>Takes a therapist off this search's exclusion list; the reason stays in the timeline. Not on it: nothing changes.</summary>
    public Result RemoveExclusion(int therapistId, string? reason, DateTimeOffset at, string? by)
    {
        var errors = Exclusion.CheckLiftReason(reason).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (_exclusions.RemoveAll(e => e.TherapistId == therapistId) > 0)
        {
            _events.Add(new SearchEvent(SearchEventKind.ExclusionLifted, at, reason!.Trim(), therapistId, by));
        }

        return Result.Success();
    }

    /// <summary>A line in the search's notes log: who wrote what, when.</summary>
    public Result AddNote(string? text, DateTimeOffset at, string? by)
    {
        if (Text.IsBlank(text))
        {
            return Result.Failure(SearchErrors.NoteRequired);
        }

        var errors = Text.Check(text, "Text", SearchEvent.TextMaxLength, multiLine: true).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _events.Add(new SearchEvent(SearchEventKind.Note, at, text!.Trim(), by: by));
        return Result.Success();
    }
}
