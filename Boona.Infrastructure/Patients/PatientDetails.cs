using Boona.Domain.Patients;
using Boona.Infrastructure.Searches;

namespace Boona.Infrastructure.Patients;

/// <summary>Everything the patient page shows: the record, its checklist, its searches (newest first) and exclusions.</summary>
public sealed record PatientDetails(
    Patient Patient,
    IReadOnlyList<CheckItem> Checks,
    IReadOnlyList<SearchSummary> Searches,
    IReadOnlyList<ExclusionView> Exclusions)
{
    public SearchSummary? OpenSearch => Searches.FirstOrDefault(s => s.IsOpen);

    public bool MayStartSearch => OpenSearch is null && Checks.All(c => c.State != CheckState.Failed);
}

/// <summary>An exclusion list entry with the therapist it names.</summary>
public sealed record ExclusionView(TherapistOption Therapist, string Reason, DateTimeOffset At);
