using Boona.Domain.Common;

namespace Boona.Domain.Searches;

/// <summary>One entry of a search's timeline and notes log: what happened, when, and who did it when a person did.</summary>
public sealed class SearchEvent
{
    /// <summary>A note or a reason as kept in the timeline.</summary>
    public const int TextMaxLength = 2000;

    public SearchEvent(SearchEventKind kind, DateTimeOffset at, string? text, int? therapistId = null, string? by = null)
    {
        Kind = kind;
        At = at.ToUniversalTime();
        Text = text;
        TherapistId = therapistId;
        By = ActorName.Bounded(by);
    }

    public int Id { get; private set; }

    public SearchEventKind Kind { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Text { get; private set; }

    public int? TherapistId { get; private set; }

    /// <summary>Who recorded it; null for what the system did (an answer's effect, a pause ending by itself).</summary>
    public string? By { get; private set; }
}
