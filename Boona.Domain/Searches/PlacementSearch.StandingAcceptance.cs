using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;

namespace Boona.Domain.Searches;

public sealed partial class PlacementSearch
{
    /// <summary>
    /// Whether another therapist's acceptance of this patient, recorded as a conflict because someone else was first, can
    /// become the placement now that the search runs again (after a failed trial, a no-show, a corrected acceptance). It
    /// stands while the therapist can take patients (active, not blocked), is on neither exclusion list and the acceptance
    /// is no older than an availability stays valid (<paramref name="validFor"/>, the availability expiry): a place offered
    /// longer ago is as unknown as an unconfirmed availability.
    /// </summary>
    public Result CanTakeStandingAcceptance(Inquiry inquiry, Therapist therapist, Patient patient, DateOnly today, DateTimeOffset now, TimeSpan validFor)
    {
        if (Refuse(SearchStatus.Active, "be placed") is { } refused)
        {
            return refused;
        }

        if (therapist.Id != inquiry.TherapistId || patient.Id != PatientId)
        {
            throw new DomainException("search.standing.mismatch", "The inquiry, therapist and patient do not belong together.");
        }

        var entry = inquiry.Patients.FirstOrDefault(p => p.SearchId == Id);
        if (entry is not { IsConflict: true, Outcome: InquiryOutcome.Accepted, AnsweredAt: { } acceptedAt })
        {
            return Result.Failure(SearchErrors.StandingNone);
        }

        if (Excludes(therapist.Id) || patient.Excludes(therapist.Id))
        {
            return Result.Failure(SearchErrors.StandingExcluded);
        }

        if (!therapist.IsActiveOn(today))
        {
            return Result.Failure(SearchErrors.StandingTherapistUnavailable);
        }

        return acceptedAt + validFor < now ? Result.Failure(SearchErrors.StandingExpired) : Result.Success();
    }

    /// <summary>Places the patient with the therapist of a standing acceptance (<see cref="CanTakeStandingAcceptance"/>) from <paramref name="today"/>.</summary>
    public Result TakeStandingAcceptance(Inquiry inquiry, Therapist therapist, Patient patient, DateOnly today, DateTimeOffset now, TimeSpan validFor, string? by)
    {
        var allowed = CanTakeStandingAcceptance(inquiry, therapist, patient, today, now, validFor);
        return allowed.IsSuccess ? Place(therapist.Id, today, now, by) : allowed;
    }
}
