using Boona.Domain.Matching;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// One region's matching: the therapist selection at once, from therapist-side data only, and the candidates for any
/// therapist of the region on demand. The region's searches and patients are read when the first therapist is picked
/// and kept while the coordinator stays in the region. Holds no database context, so a page may keep it; the inquiry
/// command checks again on save.
/// </summary>
public sealed class RegionMatching
{
    private readonly IRoutingService _routing;
    private readonly Dictionary<int, Therapist> _therapists;
    private readonly Func<CancellationToken, Task<RegionSearches>> _loadSearches;
    private Task<RegionSearches>? _searches;

    internal RegionMatching(
        string region, RegionTherapists data, Func<CancellationToken, Task<RegionSearches>> loadSearches, MatchingDay day, int bundleSize, IRoutingService routing)
    {
        Region = region;
        Day = day;
        BundleSize = bundleSize;
        ActiveSearches = data.ActiveSearches;
        _routing = routing;
        _loadSearches = loadSearches;
        _therapists = data.Therapists.ToDictionary(t => t.Id);
        Selection = TherapistSelection.Select(data.Therapists, data.WithOpenInquiry, day, data.OtherPracticeMembers);
    }

    public string Region { get; }

    public MatchingDay Day { get; }

    public int BundleSize { get; }

    public RegionSelection Selection { get; }

    /// <summary>How many searches of the region are active, counted when the region was entered.</summary>
    public int ActiveSearches { get; }

    public IReadOnlyCollection<Therapist> Therapists => _therapists.Values;

    public Therapist? Therapist(int id) => _therapists.GetValueOrDefault(id);

    /// <summary>Step 2 for one therapist of the region, with road distances and driving times where they apply.</summary>
    public async Task<CandidatePreview> CandidatesForAsync(Therapist therapist, CancellationToken cancellationToken)
    {
        var region = await SearchesAsync(cancellationToken);
        var roads = await RoadDistances.ForAsync(_routing, therapist, region.Searches, cancellationToken);
        var asked = region.AskedByTherapist.TryGetValue(therapist.Id, out var searchIds) ? searchIds : [];
        return CandidateComposer.Compose(therapist, region.Searches, asked, roads, Day.Today, BundleSize);
    }

    /// <summary>Read once; a read that failed or was cancelled is tried again by the next pick instead of being kept.</summary>
    private Task<RegionSearches> SearchesAsync(CancellationToken cancellationToken)
    {
        if (_searches is null || _searches.IsFaulted || _searches.IsCanceled)
        {
            _searches = _loadSearches(cancellationToken);
        }

        return _searches;
    }
}
