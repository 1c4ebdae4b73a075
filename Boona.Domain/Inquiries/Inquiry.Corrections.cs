using Boona.Domain.Common;

namespace Boona.Domain.Inquiries;

public sealed partial class Inquiry
{
    private readonly List<AnswerCorrection> _corrections = [];

    /// <summary>Every answer changed afterwards, oldest first.</summary>
    public IReadOnlyList<AnswerCorrection> Corrections => _corrections;

    /// <summary>
    /// Replaces the recorded answer for one patient with another, keeping what was there, why and who changed it.
    /// Refuses a target that is not an answer of the therapist's (<see cref="InquiryOutcomes.IsCorrectable"/>), a missing
    /// reason, a patient without an answer, an answer that later steps built on (sessions, a no-show) and the same answer.
    /// The effects on the search (placement, exclusion) are the caller's to undo and apply, in the same transaction.
    /// </summary>
    /// <param name="searchId">The patient's search in this inquiry.</param>
    /// <param name="outcome">The right answer.</param>
    /// <param name="reason">Why the recorded answer was wrong; required and kept.</param>
    /// <param name="answerReason">The therapist's words with the new answer (required for "declined: other").</param>
    /// <param name="at">When the correction is made.</param>
    /// <param name="by">Who makes it.</param>
    public Result<AnswerCorrection> CorrectAnswer(int searchId, InquiryOutcome? outcome, string? reason, string? answerReason, DateTimeOffset at, string? by)
    {
        List<Error> errors = [];
        if (outcome is not { } target)
        {
            errors.Add(CorrectionErrors.OutcomeRequired);
        }
        else if (!Enum.IsDefined(target) || !target.IsCorrectable())
        {
            errors.Add(CorrectionErrors.Target);
        }

        errors.AddRange(Text.IsBlank(reason) ? [CorrectionErrors.ReasonRequired] : Text.Check(reason, "Reason", AnswerCorrection.ReasonMaxLength, multiLine: true));
        errors.AddRange(Text.Check(answerReason, "AnswerReason", FreeText.ShortMaxLength, multiLine: true));
        if (outcome == InquiryOutcome.DeclinedOther && Text.IsBlank(answerReason))
        {
            errors.Add(CorrectionErrors.AnswerReasonRequired);
        }

        var patient = _patients.FirstOrDefault(p => p.SearchId == searchId);
        if (patient is null)
        {
            errors.Add(Error.Invalid("inquiry.patient.unknown", $"Search {searchId} is not part of this inquiry.", "SearchId"));
        }

        if (errors.Count > 0)
        {
            return Result<AnswerCorrection>.Failure(errors);
        }

        var from = patient!.Outcome;
        if (from is InquiryOutcome.Pending or InquiryOutcome.Withdrawn)
        {
            return CorrectionErrors.NotAnswered;
        }

        if (!from.IsCorrectable())
        {
            return CorrectionErrors.LaterSteps;
        }

        if (from == outcome)
        {
            return CorrectionErrors.Same;
        }

        patient.Correct(outcome!.Value, Text.TrimOrNull(answerReason));
        var correction = new AnswerCorrection(searchId, from, outcome.Value, reason!.Trim(), at, by);
        _corrections.Add(correction);
        AnswerType = AnswerTypes.Derive(_patients.Select(p => p.Outcome));
        return Result.Success(correction);
    }

    /// <summary>
    /// Undoes a withdrawal (the placement that caused it was taken back): the patient waits for an answer here again.
    /// Possible while nothing was built on it: the inquiry is unsent, or sent and the therapist not yet told. Refused for
    /// a cancelled inquiry and for one that went out without the patient or whose notice was sent.
    /// </summary>
    public Result ReturnWithdrawn(int searchId)
    {
        var patient = PatientFor(searchId);
        if (patient.Outcome != InquiryOutcome.Withdrawn)
        {
            throw new DomainException("inquiry.patient.not-withdrawn", $"Search {searchId} is not withdrawn from inquiry {Id}.");
        }

        if (Status == InquiryStatus.Cancelled)
        {
            return Result.Failure(CorrectionErrors.InquiryCancelled);
        }

        if (Status == InquiryStatus.Sent && !patient.WithdrawalNoticePending)
        {
            return Result.Failure(CorrectionErrors.InquirySent);
        }

        patient.Return();
        AnswerType = AnswerTypes.Derive(_patients.Select(p => p.Outcome));
        return Result.Success();
    }

    /// <summary>The answer put the therapist on the search's exclusion list (true), or that exclusion was lifted (false).</summary>
    public void NoteExclusion(int searchId, bool excluded) => PatientFor(searchId).MarkExcludedTherapist(excluded);
}
