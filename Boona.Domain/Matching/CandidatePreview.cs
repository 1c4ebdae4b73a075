using Boona.Domain.Patients;
using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>A patient who passes every hard criterion for the therapist.</summary>
/// <param name="Search">The patient's active search.</param>
/// <param name="DistanceKm">Kilometres between practice and patient.</param>
/// <param name="TravelTime">The driving time when the distance is a road route; null for the straight line.</param>
public sealed record Candidate(RegionSearch Search, double DistanceKm, TimeSpan? TravelTime)
{
    public Patient Patient => Search.Patient;

    /// <summary>True when the distance is a road route, false for the straight line (a route always comes with its time).</summary>
    public bool ByRoad => TravelTime is not null;
}

/// <summary>A patient of the region who failed at least one criterion, with every criterion that failed.</summary>
public sealed record LeftOutPatient(RegionSearch Search, double? DistanceKm, FailedCriteria Failed)
{
    public Patient Patient => Search.Patient;

    /// <summary>Criterion by criterion; worked out when asked for, since most left-out patients are never looked at.</summary>
    public IReadOnlyList<LeftOutReason> Reasons => Failed.ToReasons(DistanceKm, Patient.MaxDistanceKm);
}

/// <summary>Step 2's answer for one therapist: the suitable patients oldest search first, and everyone else with the reasons.</summary>
public sealed record CandidatePreview(Therapist Therapist, IReadOnlyList<Candidate> Suitable, IReadOnlyList<LeftOutPatient> LeftOut, int BundleSize)
{
    /// <summary>The proposed bundle: the first suitable patients up to the bundle size.</summary>
    public IReadOnlyList<Candidate> Bundle => [.. Suitable.Take(BundleSize)];

    /// <summary>Suitable patients who did not fit into the bundle; the coordinator may swap them in.</summary>
    public IReadOnlyList<Candidate> Reserve => [.. Suitable.Skip(BundleSize)];

    public bool IsSuitable(int searchId) => Suitable.Any(c => c.Search.SearchId == searchId);
}
