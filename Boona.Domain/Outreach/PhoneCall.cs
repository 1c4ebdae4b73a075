using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

public enum PhoneCallStatus
{
    Planned,
    Reached,
    Cancelled,

    /// <summary>Not reached after the configured number of tries: the inquiry waits for a coordinator's decision.</summary>
    GaveUp,
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

    /// <summary>
    /// Nobody answered at <paramref name="at"/>: planned again at <paramref name="nextAttemptAt"/>, or given up once this
    /// was the <paramref name="maxAttempts"/>th try (then <see cref="Status"/> is <see cref="PhoneCallStatus.GaveUp"/>).
    /// </summary>
    public Result Miss(DateTimeOffset nextAttemptAt, int maxAttempts, DateTimeOffset at)
    {
        if (NotPlanned() is { } refusal)
        {
            return Result.Failure(refusal);
        }

        Attempts++;
        if (Attempts >= maxAttempts)
        {
            Status = PhoneCallStatus.GaveUp;
            CompletedAt = at.ToUniversalTime();
            Note = $"Nach {Attempts} Versuchen nicht erreicht.";
            return Result.Success();
        }

        Note = $"Versuch {Attempts} nicht erreicht.";
        PlannedAt = nextAttemptAt.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>Someone at the practice answered the phone (an answer for the patients is recorded on its own).</summary>
    public Result Reach(string? note, DateTimeOffset at)
    {
        if (NotPlanned() is { } refusal)
        {
            return Result.Failure(refusal);
        }

        RecordReached(note, at);
        return Result.Success();
    }

    /// <summary>The practice asked to be called again at <paramref name="callBackAt"/>, which must lie after <paramref name="at"/>.</summary>
    public Result ScheduleCallBack(DateTimeOffset callBackAt, DateTimeOffset at, string? note)
    {
        if (NotPlanned() is { } refusal)
        {
            return Result.Failure(refusal);
        }

        if (callBackAt <= at)
        {
            return Result.Failure(Error.Invalid("call.callback.past", "The time to call back must lie in the future.", "Time"));
        }

        var errors = Text.Check(note, "Note", FreeText.ShortMaxLength).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Attempts++;
        PlannedAt = callBackAt.ToUniversalTime();
        Note = Text.TrimOrNull(note) ?? "Rückruf vereinbart.";
        return Result.Success();
    }

    public void Cancel(string? note)
    {
        RequirePlanned();
        Status = PhoneCallStatus.Cancelled;
        Note = note;
    }

    private Error? NotPlanned() =>
        Status == PhoneCallStatus.Planned ? null : Error.Conflict("call.not-planned", $"A call that is {Status} is no longer planned.", "Status");

    private void RequirePlanned()
    {
        if (Status != PhoneCallStatus.Planned)
        {
            throw new DomainException("phone-call.transition", $"A call that is {Status} is no longer planned.");
        }
    }
}
