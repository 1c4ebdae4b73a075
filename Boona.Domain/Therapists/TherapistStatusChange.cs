namespace Boona.Domain.Therapists;

/// <summary>One entry of a therapist's status history (blocked, deactivated, reactivated, …), kept after the status moves on.</summary>
public sealed class TherapistStatusChange
{
    /// <summary>The most of an actor's name kept.</summary>
    public const int ByMaxLength = 256;

    private TherapistStatusChange()
    {
        By = string.Empty;
    }

    internal TherapistStatusChange(TherapistStatus from, TherapistStatus to, string? reason, StatusStamp stamp)
    {
        From = from;
        To = to;
        Reason = reason;
        At = stamp.At.ToUniversalTime();
        var by = stamp.By.Trim();
        By = by.Length > ByMaxLength ? by[..ByMaxLength] : by;
    }

    public int Id { get; private set; }

    public int TherapistId { get; private set; }

    public TherapistStatus From { get; private set; }

    public TherapistStatus To { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>The reason given (a block, a deactivation); null where none is asked for.</summary>
    public string? Reason { get; private set; }

    public string By { get; private set; }
}
