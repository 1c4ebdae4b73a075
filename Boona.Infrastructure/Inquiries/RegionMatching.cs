using Boona.Domain.Matching;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// One region's matching data, loaded in a few queries and matched in memory: the therapist selection
/// at once, the candidates for any therapist of the region on demand. Holds no database context, so a
/// page may keep it while the coordinator picks therapists; the inquiry command checks again on save.
/// </summary>
public sealed class RegionMatching
{
    private readonly IRoutingService _routing;
    private readonly Dictionary<int, Therapist> _therapists;
    private readonly IReadOnlyDictionary<int, HashSet<int>> _askedByTherapist;

    internal RegionMatching(string region, RegionData data, MatchingDay day, int bundleSize, IRoutingService routing)
    {
        Region = region;
        Day = day;
        BundleSize = bundleSize;
        Searches = CandidateComposer.OldestFirst(data.Searches);
        _routing = routing;
        _therapists = data.Therapists.ToDictionary(t => t.Id);
        _askedByTherapist = data.AskedByTherapist;
        Selection = TherapistSelection.Select(data.Therapists, data.WithOpenInquiry, day, data.OtherPracticeMembers);
    }

    public string Region { get; }

    public MatchingDay Day { get; }

    public int BundleSize { get; }

    public RegionSelection Selection { get; }

    /// <summary>The region's active searches with their patients, oldest first.</summary>
    public IReadOnlyList<RegionSearch> Searches { get; }

    public IReadOnlyCollection<Therapist> Therapists => _therapists.Values;

    public Therapist? Therapist(int id) => _therapists.GetValueOrDefault(id);

    /// <summary>Step 2 for one therapist of the region, with road distances and driving times where they apply.</summary>
    public async Task<CandidatePreview> CandidatesForAsync(Therapist therapist, CancellationToken cancellationToken)
    {
        var roads = await RoadDistances.ForAsync(_routing, therapist, Searches, cancellationToken);
        var asked = _askedByTherapist.TryGetValue(therapist.Id, out var searchIds) ? searchIds : [];
        return CandidateComposer.Compose(therapist, Searches, asked, roads, Day.Today, BundleSize);
    }
}
