using Boona.Domain.Matching;
using Boona.Tests.Support;
using static Boona.Tests.Domain.Matching.Matching;

namespace Boona.Tests.Domain.Matching;

public sealed class CandidateComposerTests
{
    private static readonly Dictionary<int, RoadDistance> NoRoads = [];

    [Fact]
    public void Suitable_patients_come_oldest_search_first_and_the_bundle_takes_the_first_n()
    {
        var searches = new[] { Search(1, Patient(11), daysAgo: 5), Search(2, Patient(12), daysAgo: 30), Search(3, Patient(13), daysAgo: 20) };

        var preview = CandidateComposer.Compose(Therapist(1), searches, new HashSet<int>(), NoRoads, Build.Today, bundleSize: 2);

        Assert.Equal([2, 3, 1], preview.Suitable.Select(c => c.Search.SearchId));
        Assert.Equal([2, 3], preview.Bundle.Select(c => c.Search.SearchId));
        Assert.Equal([1], preview.Reserve.Select(c => c.Search.SearchId));
        Assert.Empty(preview.LeftOut);
    }

    [Fact]
    public void Every_other_patient_of_the_region_is_listed_with_the_criteria_that_failed()
    {
        var far = Search(1, Patient(11, kmNorth: 50));
        var asked = Search(2, Patient(12));
        var fine = Search(3, Patient(13));

        var preview = CandidateComposer.Compose(Therapist(1), [far, asked, fine], new HashSet<int> { 2 }, NoRoads, Build.Today, 6);

        Assert.Equal([3], preview.Bundle.Select(c => c.Search.SearchId));
        Assert.Equal([(1, Criterion.Distance), (2, Criterion.AlreadyAsked)], preview.LeftOut.Select(l => (l.Search.SearchId, l.Reasons.Single().Criterion)));
        Assert.InRange(preview.LeftOut[0].DistanceKm!.Value, 49.9, 50.1);
    }

    [Fact]
    public void Road_distances_are_used_where_given()
    {
        var roads = new Dictionary<int, RoadDistance> { [1] = new(31, TimeSpan.FromMinutes(34)) };

        var preview = CandidateComposer.Compose(Therapist(1), [Search(1, Patient(11, kmNorth: 5))], new HashSet<int>(), roads, Build.Today, 6);

        var leftOut = Assert.Single(preview.LeftOut);
        Assert.Equal(new LeftOutReason(Criterion.Distance, 31, 20), leftOut.Reasons.Single());
    }

    [Fact]
    public void A_candidate_with_a_road_route_keeps_its_travel_time_and_one_without_has_the_straight_line()
    {
        var roads = new Dictionary<int, RoadDistance> { [1] = new(17.35, TimeSpan.FromSeconds(1260.4)) };

        var preview = CandidateComposer.Compose(Therapist(1), [Search(1, Patient(11, kmNorth: 5), daysAgo: 20), Search(2, Patient(12, kmNorth: 3), daysAgo: 10)], new HashSet<int>(), roads, Build.Today, 6);

        Assert.Equal((17.35, true, (TimeSpan?)TimeSpan.FromSeconds(1260.4)), (preview.Suitable[0].DistanceKm, preview.Suitable[0].ByRoad, preview.Suitable[0].TravelTime));
        Assert.Equal((false, (TimeSpan?)null), (preview.Suitable[1].ByRoad, preview.Suitable[1].TravelTime));
        Assert.InRange(preview.Suitable[1].DistanceKm, 2.9, 3.1);
    }

    [Fact]
    public void Searches_that_are_not_active_are_not_offered_at_all()
    {
        var patient = Patient(11);
        var paused = StartSearch(1, patient);
        paused.Pause(null, "Urlaub", Build.Today, Build.Now, null);

        var preview = CandidateComposer.Compose(Therapist(1), [RegionSearch.Of(paused, patient), Search(2, Patient(12))], new HashSet<int>(), NoRoads, Build.Today, 6);

        Assert.Equal([2], preview.Suitable.Select(c => c.Search.SearchId));
        Assert.Empty(preview.LeftOut);
    }
}
