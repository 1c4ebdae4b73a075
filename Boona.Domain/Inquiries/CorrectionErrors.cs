using Boona.Domain.Common;

namespace Boona.Domain.Inquiries;

/// <summary>Why an answer cannot be corrected; each code has a German text in ErrorTexts.</summary>
public static class CorrectionErrors
{
    public static readonly Error OutcomeRequired = Error.Invalid("inquiry.outcome.required", "Name the therapist's answer (outcome).", "Outcome");

    public static readonly Error Target = Error.Invalid(
        "inquiry.correction.target", "A correction sets an acceptance or a decline; sessions and a no-show are recorded as answers, \"no answer yet\" is not one.", "Outcome");

    public static readonly Error ReasonRequired = Error.Invalid("inquiry.correction.reason", "A correction needs the reason why the recorded answer was wrong.", "Reason");

    public static readonly Error AnswerReasonRequired =
        Error.Invalid("inquiry.outcome.reason", "\"Declined: other\" needs the reason the therapist gave.", "AnswerReason");

    public static readonly Error NotAnswered = Error.Conflict(
        "inquiry.correction.not-answered", "There is no answer for this patient to correct: record the answer instead.", "Outcome");

    public static readonly Error Same = Error.Conflict("inquiry.correction.same", "The answer recorded is already this one; nothing to correct.", "Outcome");

    public static readonly Error LaterSteps = Error.Conflict(
        "inquiry.correction.later-steps", "Trial sessions or a no-show were recorded after this answer; it can no longer be corrected.", "Outcome");

    public static readonly Error InquiryCancelled = Error.Conflict(
        "inquiry.correction.inquiry-cancelled",
        "The placement withdrew the patient from an inquiry that has been cancelled since; the patient cannot return to it, so the placement cannot be reverted.");

    public static readonly Error InquirySent = Error.Conflict(
        "inquiry.correction.inquiry-sent",
        "The placement withdrew the patient from an inquiry that has gone out without them, or whose therapist was told; the placement cannot be reverted.");
}
