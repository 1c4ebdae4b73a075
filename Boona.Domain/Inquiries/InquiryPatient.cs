using Boona.Domain.Common;

namespace Boona.Domain.Inquiries;

/// <summary>One patient inside one inquiry, with the therapist's answer for them.</summary>
public sealed class InquiryPatient
{
    private InquiryPatient()
    {
    }

    internal InquiryPatient(int searchId, int patientId, int position)
    {
        SearchId = searchId;
        PatientId = patientId;
        Position = position;
    }

    public int Id { get; private set; }

    public int InquiryId { get; private set; }

    public int SearchId { get; private set; }

    public int PatientId { get; private set; }

    public int Position { get; private set; }

    public InquiryOutcome Outcome { get; private set; }

    /// <summary>Free text for "declined: other", or a note on any answer.</summary>
    public string? Reason { get; private set; }

    public DateTimeOffset? AnsweredAt { get; private set; }

    /// <summary>The therapist accepted after another therapist already placed the patient: good news, recorded.</summary>
    public bool IsConflict { get; private set; }

    /// <summary>The patient was withdrawn after the inquiry left; the therapist still needs a short notice.</summary>
    public bool WithdrawalNoticePending { get; private set; }

    /// <summary>When the patient was withdrawn (placed elsewhere, paused, cancelled); null before, and for older records.</summary>
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>This answer put the therapist on the search's exclusion list ("not suitable", or "other" by decision).</summary>
    public bool ExcludedTherapist { get; private set; }

    internal Result ChangeOutcome(InquiryOutcome outcome, DateTimeOffset at, string? reason)
    {
        var reasonErrors = Text.Check(reason, nameof(Reason), FreeText.ShortMaxLength, multiLine: true).ToList();
        if (reasonErrors.Count > 0)
        {
            return Result.Failure(reasonErrors);
        }

        if (!Outcome.CanChangeTo(outcome))
        {
            // Answering twice, or an answer that does not follow from the one recorded (sessions without an acceptance).
            return Result.Failure(Error.Conflict(
                "inquiry.outcome.transition", $"An answer of {Outcome} cannot become {outcome}.", nameof(Outcome)));
        }

        if (outcome == InquiryOutcome.DeclinedOther && Text.IsBlank(reason))
        {
            return Result.Failure(Error.Invalid("inquiry.outcome.reason", "\"Declined: other\" needs the reason the therapist gave.", nameof(Reason)));
        }

        Outcome = outcome;
        Reason = Text.TrimOrNull(reason) ?? Reason;
        AnsweredAt ??= at.ToUniversalTime();
        return Result.Success();
    }

    internal void MarkConflict()
    {
        IsConflict = true;
        WithdrawalNoticePending = false;
    }

    internal void Withdraw(bool noticeNeeded, DateTimeOffset at)
    {
        Outcome = InquiryOutcome.Withdrawn;
        WithdrawalNoticePending = noticeNeeded;
        WithdrawnAt = at.ToUniversalTime();
    }

    /// <summary>The withdrawal is undone: the patient waits for an answer again, no notice is owed.</summary>
    internal void Return()
    {
        Outcome = InquiryOutcome.Pending;
        WithdrawalNoticePending = false;
        WithdrawnAt = null;
    }

    /// <summary>A corrected answer replaces the recorded one, and its note; only an acceptance can be a conflict.</summary>
    internal void Correct(InquiryOutcome outcome, string? reason)
    {
        Outcome = outcome;
        Reason = reason;
        IsConflict = IsConflict && outcome.IsAcceptance();
    }

    internal void MarkExcludedTherapist(bool excluded) => ExcludedTherapist = excluded;

    internal void MarkWithdrawalNoticeSent() => WithdrawalNoticePending = false;
}
