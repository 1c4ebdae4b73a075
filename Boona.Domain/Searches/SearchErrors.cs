using Boona.Domain.Common;

namespace Boona.Domain.Searches;

/// <summary>The refusals of the search rules; each code has a German text in ErrorTexts.</summary>
public static class SearchErrors
{
    public static readonly Error AlreadyOpen = Error.Conflict("search.already-open", "The patient already has a search that is not finished.");

    public static readonly Error PauseUntilPast = Error.Invalid("search.pause.until", "A pause must end in the future.", "Until");

    public static readonly Error CancelReasonRequired = Error.Invalid("search.cancel.reason", "Cancelling a search needs a reason.", "Reason");

    public static readonly Error TrialReasonRequired = Error.Invalid("search.trial.reason", "A failed trial needs a reason.", "Reason");

    public static readonly Error NoteRequired = Error.Invalid("search.note.empty", "A note needs text.", "Text");

    public static readonly Error RevertReasonRequired = Error.Invalid("search.revert.reason", "Taking a placement back needs a reason.", "Reason");

    /// <summary>The placement led to a successful trial: the therapy runs, nothing to take back.</summary>
    public static readonly Error RevertSuccessful = Error.Conflict(
        "search.revert.successful", "The trial sessions with this therapist were confirmed as successful; the placement can no longer be taken back.");

    public static readonly Error StandingNone = Error.Conflict(
        "search.standing.none", "This therapist's answer for the patient is not an acceptance that lost to another one.", "InquiryId");

    public static readonly Error StandingExcluded = Error.Conflict(
        "search.standing.excluded", "The therapist is on the exclusion list of this search or patient.", "InquiryId");

    public static readonly Error StandingTherapistUnavailable = Error.Conflict(
        "search.standing.therapist", "The therapist is blocked, inactive or not reviewed; they cannot take the patient now.", "InquiryId");

    public static readonly Error StandingExpired = Error.Conflict(
        "search.standing.expired", "The acceptance is older than an availability stays valid; ask the therapist again.", "InquiryId");

    public static Error RevertMovedOn(SearchStatus status) => Error.Conflict(
        "search.revert.moved-on", $"The search is {status} and no longer placed with this therapist; the placement cannot be taken back.");

    public static Error NotFound(int searchId) => Error.NotFound("search.not-found", $"There is no search {searchId}.");

    public static Error Transition(SearchStatus status, string action) =>
        Error.Conflict("search.transition", $"A search that is {status} cannot {action}.");

    public static Error NotQualified(IEnumerable<string> failedChecks) =>
        Error.Conflict("search.not-qualified", $"The pre-qualification is not passed: {string.Join(", ", failedChecks)}.");

    public static Error PatientStatus(Patients.PatientStatus status) =>
        Error.Conflict("search.patient-status", $"A patient who is {status} cannot start a search.");
}
