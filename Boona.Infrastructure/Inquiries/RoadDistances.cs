using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Road kilometres for patients who travel by car, when a routing service is configured.</summary>
internal static class RoadDistances
{
    private static readonly IReadOnlyDictionary<int, double> None = new Dictionary<int, double>();

    public static async Task<IReadOnlyDictionary<int, double>> ForAsync(
        IRoutingService routing, Therapist therapist, IReadOnlyList<RegionSearch> searches, CancellationToken cancellationToken)
    {
        if (!routing.IsEnabled || therapist.Location is not { } practice)
        {
            return None;
        }

        // A road is never shorter than the straight line: patients already too far need no route.
        var drivers = searches
            .Where(s => s.Patient.TravelMode == TravelMode.Car && s.Patient.Location is { } home
                && practice.Point.DistanceKmTo(home.Point) <= s.Patient.MaxDistanceKm)
            .ToList();
        if (drivers.Count == 0)
        {
            return None;
        }

        var routes = await routing.GetCarRoutesAsync(practice.Point, [.. drivers.Select(d => d.Patient.Location!.Point)], cancellationToken);
        var distances = new Dictionary<int, double>();
        for (var i = 0; i < drivers.Count && i < routes.Count; i++)
        {
            if (routes[i] is { } route)
            {
                distances[drivers[i].SearchId] = route.DistanceKm;
            }
        }

        return distances;
    }
}
