namespace Boona.Domain.Searches;

/// <summary>One entry of a search's timeline and notes log.</summary>
public sealed class SearchEvent
{
    public SearchEvent(SearchEventKind kind, DateTimeOffset at, string? text, int? therapistId = null)
    {
        Kind = kind;
        At = at.ToUniversalTime();
        Text = text;
        TherapistId = therapistId;
    }

    public int Id { get; private set; }

    public SearchEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Text { get; private set; }

    public int? TherapistId { get; private set; }
}
