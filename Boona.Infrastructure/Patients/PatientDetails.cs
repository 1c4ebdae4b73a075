using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Outreach.Outbox;
using Boona.Infrastructure.Searches;

namespace Boona.Infrastructure.Patients;

/// <summary>Everything the patient page shows: the record, its checklist, its searches (newest first), exclusions and the e-mails to the patient.</summary>
public sealed record PatientDetails(
    Patient Patient,
    IReadOnlyList<CheckItem> Checks,
    IReadOnlyList<SearchSummary> Searches,
    IReadOnlyList<ExclusionView> Exclusions,
    IReadOnlyList<LiftedExclusionView> LiftedExclusions,
    Result SearchStart,
    IReadOnlyList<OutboxMessageRow> Emails)
{
    public SearchSummary? OpenSearch => Searches.FirstOrDefault(s => s.IsOpen);

    /// <summary>The domain's answer to "may a search start now" (<see cref="PlacementSearch.CanStartFor"/>).</summary>
    public bool MayStartSearch => SearchStart.IsSuccess;

    /// <summary>Whether the start button belongs on the page at all: not while a search is open or the patient is in therapy.</summary>
    public bool OffersSearchStart => OpenSearch is null && Patient.MaySearch;
}

/// <summary>Where an exclusion applies: to every search of the patient, or to one search only.</summary>
public enum ExclusionSource
{
    Patient,
    Search,
}

/// <summary>An exclusion list entry with the therapist it names and whose list it is on.</summary>
public sealed record ExclusionView(TherapistOption Therapist, string Reason, DateTimeOffset At, ExclusionSource Source = ExclusionSource.Patient);

/// <summary>An exclusion lifted again, with its reasons.</summary>
public sealed record LiftedExclusionView(TherapistOption Therapist, string Reason, DateTimeOffset At, string LiftReason, DateTimeOffset LiftedAt, string? LiftedBy);
