namespace Boona.Domain.Searches;

public enum SearchStatus
{
    Active,
    Paused,
    Placed,
    Successful,
    Cancelled,
}

public enum SearchEventKind
{
    Started,
    Paused,
    Resumed,
    Cancelled,
    Placed,
    TrialFailed,
    NoShow,
    Successful,
    TherapistExcluded,
    Note,

    /// <summary>A therapist on the search's exclusion list was taken off it again, with the reason.</summary>
    ExclusionLifted,

    /// <summary>A placement recorded by mistake was taken back (the acceptance was corrected), with the reason.</summary>
    PlacementReverted,
}

public static class SearchStatuses
{
    /// <summary>Successful and cancelled searches never change again.</summary>
    public static bool IsFinal(this SearchStatus status) => status is SearchStatus.Successful or SearchStatus.Cancelled;

    public static readonly SearchStatus[] Open = [SearchStatus.Active, SearchStatus.Paused, SearchStatus.Placed];
}
