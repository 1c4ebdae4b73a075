using Boona.Domain.Common;
using Boona.Domain.Searches;

namespace Boona.Infrastructure.Searches;

/// <summary>Expected failures of the search use cases; each code has a German text in ErrorTexts.</summary>
public static class SearchErrors
{
    public static readonly Error AlreadyOpen = Error.Conflict("search.already-open", "The patient already has a search that is not finished.");

    public static readonly Error PauseUntilPast = new("search.pause.until", "A pause must end in the future.", "Until");

    public static readonly Error CancelReasonRequired = new("search.cancel.reason", "Cancelling a search needs a reason.", "Reason");

    public static Error NotFound(int searchId) => Error.NotFound("search.not-found", $"There is no search {searchId}.");

    public static Error Transition(SearchStatus status, string action) =>
        Error.Conflict("search.transition", $"A search that is {status} cannot {action}.");

    public static Error NotQualified(IEnumerable<string> failedChecks) =>
        Error.Conflict("search.not-qualified", $"The pre-qualification is not passed: {string.Join(", ", failedChecks)}.");

    public static Error PatientStatus(Domain.Patients.PatientStatus status) =>
        Error.Conflict("search.patient-status", $"A patient who is {status} cannot start a search.");
}
