using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

public enum PhoneCallStatus
{
    Planned,
    Reached,
    Cancelled,
}

public enum PhoneCallPurpose
{
    /// <summary>The inquiry itself, for a therapist without e-mail.</summary>
    Inquiry,
    FollowUp,
    Other,
}

/// <summary>A planned or made call to a therapist's practice.</summary>
public sealed class PhoneCall : Entity
{
    private PhoneCall()
    {
    }

    public int TherapistId { get; private set; }

    public int? InquiryId { get; private set; }

    public PhoneCallPurpose Purpose { get; private set; }

    /// <summary>The coordinator the slot belongs to; null until someone takes it.</summary>
    public string? CoordinatorId { get; private set; }

    public DateTimeOffset PlannedAt { get; private set; }

    public PhoneCallStatus Status { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public string? Note { get; private set; }

    public int Attempts { get; private set; }

    /// <summary>A call to make; <paramref name="note"/> says why, when the reason is not obvious from the purpose.</summary>
    public static PhoneCall Plan(int therapistId, int? inquiryId, PhoneCallPurpose purpose, DateTimeOffset plannedAt, string? coordinatorId = null, string? note = null) =>
        new()
        {
            Note = note,
            TherapistId = therapistId,
            InquiryId = inquiryId,
            Purpose = purpose,
            PlannedAt = plannedAt.ToUniversalTime(),
            CoordinatorId = coordinatorId,
            Status = PhoneCallStatus.Planned,
        };

    public void RecordReached(string? note, DateTimeOffset at)
    {
        RequirePlanned();
        Attempts++;
        Status = PhoneCallStatus.Reached;
        CompletedAt = at.ToUniversalTime();
        Note = note;
    }

    /// <summary>Nobody answered: the call is planned again for the next window.</summary>
    public void RecordNotReached(DateTimeOffset nextAttemptAt, string? note)
    {
        RequirePlanned();
        Attempts++;
        Note = note;
        PlannedAt = nextAttemptAt.ToUniversalTime();
    }

    public void Cancel(string? note)
    {
        RequirePlanned();
        Status = PhoneCallStatus.Cancelled;
        Note = note;
    }

    private void RequirePlanned()
    {
        if (Status != PhoneCallStatus.Planned)
        {
            throw new DomainException("phone-call.transition", $"A call that is {Status} is no longer planned.");
        }
    }
}
