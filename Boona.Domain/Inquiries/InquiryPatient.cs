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

    internal void ChangeOutcome(InquiryOutcome outcome, DateTimeOffset at, string? reason)
    {
        if (!Outcome.CanChangeTo(outcome))
        {
            throw new DomainException("inquiry.outcome.transition", $"An answer of {Outcome} cannot become {outcome}.");
        }

        if (outcome == InquiryOutcome.DeclinedOther && string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("inquiry.outcome.reason", "\"Declined: other\" needs the reason the therapist gave.");
        }

        Outcome = outcome;
        Reason = string.IsNullOrWhiteSpace(reason) ? Reason : reason.Trim();
        AnsweredAt ??= at.ToUniversalTime();
    }

    internal void MarkConflict()
    {
        IsConflict = true;
        WithdrawalNoticePending = false;
    }

    internal void Withdraw(bool noticeNeeded)
    {
        Outcome = InquiryOutcome.Withdrawn;
        WithdrawalNoticePending = noticeNeeded;
    }

    internal void MarkWithdrawalNoticeSent() => WithdrawalNoticePending = false;
}
