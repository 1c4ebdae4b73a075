using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Domain.Inquiries;

public sealed partial class Inquiry
{
    private const string AllPlacedElsewhere = "All patients were placed elsewhere.";

    /// <summary>The e-mail left the outbox, or the call was made.</summary>
    public void MarkSent(DateTimeOffset at)
    {
        Require(InquiryStatus.Unsent, "be sent");
        Status = InquiryStatus.Sent;
        SentAt = at.ToUniversalTime();
    }

    /// <summary>The inquiry e-mail could not be delivered: the practice is called instead, and answers come by phone.</summary>
    public void SwitchToPhone()
    {
        Require(InquiryStatus.Unsent, "switch to the phone");
        Channel = ContactChannel.Phone;
    }

    public void MarkReminderSent(DateTimeOffset at)
    {
        Require(InquiryStatus.Sent, "get a reminder");
        ReminderSentAt = at.ToUniversalTime();
    }

    public void Cancel(string reason, DateTimeOffset at)
    {
        if (Status == InquiryStatus.Cancelled)
        {
            throw new DomainException("inquiry.transition", "The inquiry is already cancelled.");
        }

        Status = InquiryStatus.Cancelled;
        CancelledAt = at.ToUniversalTime();
        CancelReason = reason;
    }

    /// <summary>
    /// Records the therapist's answer for one patient and derives the answer type again. A phone inquiry counts as sent
    /// with its first answer (the call was made); an e-mail one must have left the outbox. Refuses what is not an
    /// answer, a patient not in the bundle, a closed inquiry and an answer that does not follow the recorded one.
    /// </summary>
    public Result<InquiryPatient> RecordAnswer(int searchId, InquiryOutcome outcome, DateTimeOffset at, string? reason = null)
    {
        if (!Enum.IsDefined(outcome) || outcome is InquiryOutcome.Pending or InquiryOutcome.Withdrawn)
        {
            return Error.Invalid("inquiry.outcome.invalid", "Pending and withdrawn are not answers.", "Outcome");
        }

        var patient = _patients.FirstOrDefault(p => p.SearchId == searchId);
        if (patient is null)
        {
            return Error.Invalid("inquiry.patient.unknown", $"Search {searchId} is not part of this inquiry.", "SearchId");
        }

        if (Status == InquiryStatus.Unsent && Channel == ContactChannel.Email)
        {
            return Error.Conflict("inquiry.answer.unsent", "The inquiry e-mail has not left the outbox yet; it cannot have been answered.", "InquiryId");
        }

        if (Status != InquiryStatus.Unsent && !CanBeAnsweredFor(patient))
        {
            return Error.Conflict("inquiry.answer.closed", $"The inquiry is {Status}; it takes no more answers.", "InquiryId");
        }

        var wasWithdrawn = patient.Outcome == InquiryOutcome.Withdrawn;
        var changed = patient.ChangeOutcome(outcome, at, reason);
        if (!changed.IsSuccess)
        {
            return Result<InquiryPatient>.Failure(changed.Errors);
        }

        if (Status == InquiryStatus.Unsent)
        {
            MarkSent(at);
        }

        if (wasWithdrawn)
        {
            // Placed elsewhere before this acceptance: a conflict, and a thank-you replaces the withdrawal notice.
            patient.MarkConflict();
        }

        AnsweredAt ??= at.ToUniversalTime();
        AnswerType = AnswerTypes.Derive(_patients.Select(p => p.Outcome));
        return Result.Success(patient);
    }

    /// <summary>An acceptance that came after the patient was placed elsewhere.</summary>
    public void MarkConflict(int searchId)
    {
        var patient = PatientFor(searchId);
        if (!patient.Outcome.IsAcceptance())
        {
            throw new DomainException("inquiry.conflict", "Only an acceptance can be a conflict.");
        }

        patient.MarkConflict();
    }

    /// <summary>
    /// The patient was placed elsewhere. An unsent inquiry shrinks; a sent one keeps the patient as withdrawn and
    /// owes the therapist a notice. Either is cancelled when no patient is left in it.
    /// Returns false when the patient had already answered and nothing changed.
    /// </summary>
    public bool Withdraw(int searchId, DateTimeOffset at)
    {
        var patient = PatientFor(searchId);
        if (Status == InquiryStatus.Cancelled || patient.Outcome != InquiryOutcome.Pending)
        {
            return false;
        }

        patient.Withdraw(noticeNeeded: Status == InquiryStatus.Sent, at);
        if (!ActivePatients.Any())
        {
            // Nobody left to answer for: nothing to wait for or follow up. A sent one still owes its notices.
            Cancel(AllPlacedElsewhere, at);
        }
        else
        {
            AnswerType = AnswerTypes.Derive(_patients.Select(p => p.Outcome));
        }

        return true;
    }

    public void MarkWithdrawalNoticeSent(int searchId) => PatientFor(searchId).MarkWithdrawalNoticeSent();

    /// <summary>
    /// Answers go to a sent inquiry, and also to one that was sent and then emptied by placements elsewhere:
    /// an acceptance that crossed the withdrawal notice is still recorded, as a conflict.
    /// </summary>
    public bool CanBeAnsweredFor(InquiryPatient patient) =>
        Status == InquiryStatus.Sent
        || (Status == InquiryStatus.Cancelled && SentAt is not null && CancelReason == AllPlacedElsewhere && patient.Outcome == InquiryOutcome.Withdrawn);

    private void Require(InquiryStatus expected, string action)
    {
        if (Status != expected)
        {
            throw new DomainException("inquiry.transition", $"An inquiry that is {Status} cannot {action}; only an {expected} one can.");
        }
    }
}
