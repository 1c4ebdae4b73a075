using Boona.Domain.Common;
using Boona.Domain.Searches;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Expected failures of the inquiry use cases; the UI translates the codes (ErrorTexts), the API names the fields.</summary>
public static class InquiryErrors
{
    public static Error Concurrency { get; } = Error.Concurrency();

    public static Error RegionInvalid(string region, int digits) =>
        new("matching.region.invalid", $"'{region}' is not a region: enter the first {digits} digits of a postal code.", "Region");

    public static Error TherapistNotFound(int id) => Error.NotFound("therapist.not-found", $"There is no therapist {id}.", "TherapistId");

    public static Error InquiryNotFound(int id) => Error.NotFound("inquiry.not-found", $"There is no inquiry {id}.", "InquiryId");

    public static Error SearchNotFound(int id) => Error.NotFound("search.not-found", $"There is no search {id}.", "SearchId");

    public static Error NotContactable(int id, string reason) =>
        Error.Conflict("inquiry.therapist.not-contactable", $"Therapist {id} cannot be contacted today: {reason}.", "TherapistId");

    public static Error BundleCount(int max) => new("inquiry.bundle.count", $"Choose 1 to {max} patients.", "SearchIds");

    public static Error BundleDuplicate { get; } = new("inquiry.bundle.duplicate", "A patient appears twice in the bundle.", "SearchIds");

    public static Error Unsuitable(int searchId, string reasons) =>
        new("inquiry.patient.unsuitable", $"Search {searchId} is not suitable for this therapist: {reasons}.", "SearchIds");

    public static Error AnsweredInFuture { get; } = new("inquiry.answer.future", "The answer cannot be dated in the future.", "AnsweredOn");

    public static Error AnsweredBeforeSent { get; } =
        new("inquiry.answer.before-sent", "The answer cannot be dated before the inquiry went out.", "AnsweredOn");

    public static Error SearchNotSearching(SearchStatus status) => status == SearchStatus.Paused
        ? Error.Conflict("inquiry.accept.search-paused", "The patient's search is paused: resume it, then record the acceptance.", "Outcome")
        : Error.Conflict("inquiry.accept.search-cancelled", "The patient's search was cancelled; an acceptance cannot place them.", "Outcome");
}
