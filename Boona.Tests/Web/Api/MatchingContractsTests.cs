using Boona.Domain.Matching;
using Boona.Tests.Support;
using Boona.Web.Api;
using static Boona.Tests.Domain.Matching.Matching;

namespace Boona.Tests.Web.Api;

/// <summary>The candidate preview as the API writes it.</summary>
public sealed class MatchingContractsTests
{
    [Fact]
    public void A_candidate_by_road_carries_its_travel_minutes_and_one_by_straight_line_none()
    {
        var roads = new Dictionary<int, RoadDistance> { [1] = new(17.36, TimeSpan.FromSeconds(1260.4)) };
        var preview = CandidateComposer.Compose(
            Therapist(1), [Search(1, Patient(11, kmNorth: 3), daysAgo: 20), Search(2, Patient(12, kmNorth: 3), daysAgo: 10)], new HashSet<int>(), roads, Build.Today, 6);

        var dto = CandidatePreviewDto.From(preview);

        Assert.Equal((17.4, true, (int?)21), (dto.Suitable[0].DistanceKm, dto.Suitable[0].ByRoad, dto.Suitable[0].TravelMinutes));
        Assert.Equal((3.0, false, (int?)null), (dto.Suitable[1].DistanceKm, dto.Suitable[1].ByRoad, dto.Suitable[1].TravelMinutes));
    }
}
