using Boona.Domain.Inquiries;

namespace Boona.Infrastructure.Inquiries;

/// <summary>A recorded answer for one patient of an inquiry replaced by the right one, with the reason; page and API alike.</summary>
public sealed class AnswerCorrectionInput
{
    /// <summary>The patient's search inside the inquiry.</summary>
    public int SearchId { get; set; }

    /// <summary>The right answer: an acceptance or a decline (not "no answer yet", sessions or a no-show).</summary>
    public InquiryOutcome? Outcome { get; set; }

    /// <summary>Why the recorded answer was wrong; required, kept with the correction and in the search's timeline.</summary>
    public string? Reason { get; set; }

    /// <summary>The therapist's words with the right answer; required for "declined: other".</summary>
    public string? AnswerReason { get; set; }

    /// <summary>For "declined: other": the coordinator decides to exclude the therapist from this search.</summary>
    public bool ExcludeTherapist { get; set; }

    /// <summary>The inquiry's version as read; a change made meanwhile is refused. Null: no check.</summary>
    public int? Version { get; set; }
}

/// <summary>What a correction undid and did, for the coordinator's confirmation.</summary>
public enum CorrectionEffect
{
    /// <summary>The exclusion the old answer added was lifted.</summary>
    ExclusionLifted,

    /// <summary>The placement the old acceptance made was taken back; the search runs again.</summary>
    PlacementReverted,

    /// <summary>The patient is back in the inquiries the placement had withdrawn them from.</summary>
    ReturnedToInquiries,

    /// <summary>The new acceptance placed the patient.</summary>
    Placed,

    /// <summary>The new acceptance came after another placement: a conflict.</summary>
    Conflict,

    /// <summary>The new answer put the therapist on the search's exclusion list.</summary>
    Excluded,
}

/// <summary>A correction made: from which answer to which, and its effects in order.</summary>
public sealed record AnswerCorrected(InquiryOutcome From, InquiryOutcome To, IReadOnlyList<CorrectionEffect> Effects);
