using Boona.Domain.Common;

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

    public static PlacementSearch Start(int patientId, DateTimeOffset now)
    {
        var search = new PlacementSearch { PatientId = patientId, Status = SearchStatus.Active, CreatedAt = now.ToUniversalTime() };
        search._events.Add(new SearchEvent(SearchEventKind.Started, now, null));
        return search;
    }

    public bool Excludes(int therapistId) => _exclusions.Any(e => e.TherapistId == therapistId);

    public void Exclude(int therapistId, string reason, DateTimeOffset at)
    {
        if (Excludes(therapistId))
        {
            return;
        }

        _exclusions.Add(new Exclusion(therapistId, reason, at));
        _events.Add(new SearchEvent(SearchEventKind.TherapistExcluded, at, reason, therapistId));
    }

    public bool RemoveExclusion(int therapistId) => _exclusions.RemoveAll(e => e.TherapistId == therapistId) > 0;

    public void AddNote(string text, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainException("search.note.empty", "A note needs text.");
        }

        _events.Add(new SearchEvent(SearchEventKind.Note, at, text.Trim()));
    }
}
