using Boona.Domain.Searches;
using Boona.Domain.Therapists;

namespace Boona.Domain.Matching;

/// <summary>Step 2 of the inquiry workflow: the patients of the region for one therapist.</summary>
public static class CandidateComposer
{
    /// <param name="therapist">The therapist to ask.</param>
    /// <param name="searches">The region's searches; only active ones are considered.</param>
    /// <param name="alreadyAsked">Searches pending in an open inquiry to this therapist.</param>
    /// <param name="roads">Road routes by search id, where routing applies; the straight line elsewhere.</param>
    /// <param name="today">The day ages are counted on.</param>
    /// <param name="bundleSize">The configured maximum bundle size.</param>
    public static CandidatePreview Compose(
        Therapist therapist,
        IEnumerable<RegionSearch> searches,
        IReadOnlySet<int> alreadyAsked,
        IReadOnlyDictionary<int, RoadDistance> roads,
        DateOnly today,
        int bundleSize)
    {
        var criteria = new CandidateCriteria(therapist);
        var suitable = new List<Candidate>();
        var leftOut = new List<LeftOutPatient>();
        foreach (var search in OldestFirst(searches))
        {
            if (search.Status != SearchStatus.Active)
            {
                continue;
            }

            RoadDistance? road = roads.TryGetValue(search.SearchId, out var found) ? found : null;
            var facts = new PairFacts(today, alreadyAsked.Contains(search.SearchId), road?.Km);
            var check = criteria.Check(search, facts);
            if (check.Passes)
            {
                suitable.Add(new Candidate(search, check.DistanceKm!.Value, check.ByRoad ? road?.TravelTime : null));
            }
            else
            {
                leftOut.Add(new LeftOutPatient(search, check.DistanceKm, check.FailedCriteria));
            }
        }

        return new CandidatePreview(therapist, suitable, leftOut, bundleSize);
    }

    /// <summary>Oldest search first. A region's list usually comes sorted already, and is then not sorted again for every therapist.</summary>
    public static IReadOnlyList<RegionSearch> OldestFirst(IEnumerable<RegionSearch> searches)
    {
        var list = searches as IReadOnlyList<RegionSearch> ?? [.. searches];
        for (var i = 1; i < list.Count; i++)
        {
            if (Compare(list[i - 1], list[i]) > 0)
            {
                return [.. list.OrderBy(s => s.StartedAt).ThenBy(s => s.SearchId)];
            }
        }

        return list;
    }

    private static int Compare(RegionSearch a, RegionSearch b)
    {
        var byStart = a.StartedAt.CompareTo(b.StartedAt);
        return byStart != 0 ? byStart : a.SearchId.CompareTo(b.SearchId);
    }
}
