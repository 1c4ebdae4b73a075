namespace Boona.Infrastructure.Searches;

/// <summary>
/// Pausing a search, as the pause dialog and the API send it: until a day (it resumes by itself on that day) or open-ended,
/// with an optional reason. Every field may be left out.
/// </summary>
public sealed class SearchPauseInput
{
    public DateOnly? Until { get; set; }

    public string? Reason { get; set; }

    /// <summary>The search's version as read; null: not checked.</summary>
    public int? Version { get; set; }
}

/// <summary>Resuming a paused search.</summary>
public sealed class SearchResumeInput
{
    /// <summary>The search's version as read; null: not checked.</summary>
    public int? Version { get; set; }
}

/// <summary>Cancelling a search for good: the reason is required.</summary>
public sealed class SearchCancelInput
{
    public string? Reason { get; set; }

    /// <summary>The search's version as read; null: not checked.</summary>
    public int? Version { get; set; }
}

/// <summary>A line for the search's notes log; who wrote it and when is recorded with it.</summary>
public sealed class SearchNoteInput
{
    public string? Text { get; set; }

    /// <summary>The search's version as read; null: not checked.</summary>
    public int? Version { get; set; }
}
