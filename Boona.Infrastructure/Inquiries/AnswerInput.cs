using Boona.Domain.Inquiries;

namespace Boona.Infrastructure.Inquiries;

/// <summary>A therapist's answer for one patient of an inquiry.</summary>
/// <param name="InquiryId">The inquiry answered.</param>
/// <param name="SearchId">The patient's search inside the inquiry.</param>
/// <param name="Outcome">Any outcome but pending and withdrawn.</param>
/// <param name="Reason">Required for "declined: other"; a note otherwise.</param>
/// <param name="ExcludeTherapist">For "declined: other": the coordinator decides to exclude the therapist from this search.</param>
/// <param name="AnsweredOn">
/// The day the therapist answered (an e-mail is often recorded a day later); the cooling period and a placement count
/// from it. Null is today; never in the future, never before the inquiry went out.
/// </param>
public sealed record AnswerInput(
    int InquiryId, int SearchId, InquiryOutcome Outcome, string? Reason = null, bool ExcludeTherapist = false, DateOnly? AnsweredOn = null);

/// <summary>What the answer did beyond being recorded, for the coordinator's confirmation.</summary>
public enum AnswerEffect
{
    Recorded,

    /// <summary>The first acceptance: the search is placed and the patient withdrawn from other open inquiries.</summary>
    Placed,

    /// <summary>An acceptance after the patient was placed elsewhere: recorded as a conflict.</summary>
    Conflict,

    /// <summary>The therapist went on the search's exclusion list.</summary>
    Excluded,

    /// <summary>A no-show: the search is active again.</summary>
    BackToActive,
}
