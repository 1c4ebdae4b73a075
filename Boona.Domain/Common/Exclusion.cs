namespace Boona.Domain.Common;

/// <summary>A therapist who must never be offered this patient (Ausschlussliste entry).</summary>
public sealed class Exclusion
{
    public Exclusion(int therapistId, string reason, DateTimeOffset at)
    {
        TherapistId = therapistId;
        Reason = reason;
        At = at.ToUniversalTime();
    }

    public int TherapistId { get; private set; }

    public string Reason { get; private set; }

    public DateTimeOffset At { get; private set; }
}
