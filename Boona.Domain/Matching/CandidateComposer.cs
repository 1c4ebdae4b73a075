using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>One active search of the region together with its patient.</summary>
public sealed record RegionSearch(PlacementSearch Search, Patient Patient);

/// <summary>Step 2 of the inquiry workflow: the patients of the region for one therapist.</summary>
public static class CandidateComposer
{
    /// <param name="therapist">The therapist to ask.</param>
    /// <param name="searches">The region's searches; only active ones are considered.</param>
    /// <param name="alreadyAsked">Searches pending in an open inquiry to this therapist.</param>
    /// <param name="roadKm">Road distances by search id, where routing applies; the straight line elsewhere.</param>
    /// <param name="today">The day ages are counted on.</param>
    /// <param name="bundleSize">The configured maximum bundle size.</param>
    public static CandidatePreview Compose(
        Therapist therapist,
        IEnumerable<RegionSearch> searches,
        IReadOnlySet<int> alreadyAsked,
        IReadOnlyDictionary<int, double> roadKm,
        DateOnly today,
        int bundleSize)
    {
        var suitable = new List<Candidate>();
        var leftOut = new List<LeftOutPatient>();
        var oldestFirst = searches.Where(s => s.Search.Status == SearchStatus.Active)
            .OrderBy(s => s.Search.CreatedAt)
            .ThenBy(s => s.Search.Id);
        foreach (var (search, patient) in oldestFirst)
        {
            var facts = new PairFacts(today, alreadyAsked.Contains(search.Id), roadKm.TryGetValue(search.Id, out var km) ? km : null);
            var check = CandidateCriteria.Check(therapist, search, patient, facts);
            if (check.Passes)
            {
                suitable.Add(new Candidate(search, patient, check.DistanceKm!.Value, check.ByRoad));
            }
            else
            {
                leftOut.Add(new LeftOutPatient(search, patient, check.DistanceKm, check.Failed));
            }
        }

        return new CandidatePreview(therapist, suitable, leftOut, bundleSize);
    }
}
