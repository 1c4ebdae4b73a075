using Boona.Domain.Patients;
using Boona.Domain.Searches;

namespace Boona.Domain.Matching;

/// <summary>
/// What matching needs to know about one search of the region: a snapshot taken when the region is read,
/// with the patient's and the search's exclusion lists merged into one set.
/// </summary>
public sealed record RegionSearch(int SearchId, SearchStatus Status, DateTimeOffset StartedAt, Patient Patient, IReadOnlySet<int> ExcludedTherapistIds)
{
    public static RegionSearch Of(PlacementSearch search, Patient patient) =>
        new(search.Id, search.Status, search.CreatedAt, patient, Excluded(patient, search.Exclusions.Select(e => e.TherapistId)));

    /// <summary>The search's exclusions merged with the patient's own.</summary>
    public static HashSet<int> Excluded(Patient patient, IEnumerable<int> searchExclusions) =>
        [.. patient.Exclusions.Select(e => e.TherapistId), .. searchExclusions];
}
