using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Road kilometres and driving times for patients who travel by car, when a routing service is configured.</summary>
internal static class RoadDistances
{
    private static readonly IReadOnlyDictionary<int, RoadDistance> None = new Dictionary<int, RoadDistance>();

    public static async Task<IReadOnlyDictionary<int, RoadDistance>> ForAsync(
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
        var distances = new Dictionary<int, RoadDistance>();
        for (var i = 0; i < drivers.Count && i < routes.Count; i++)
        {
            if (routes[i] is { } route)
            {
                distances[drivers[i].SearchId] = new RoadDistance(route.DistanceKm, route.Duration);
            }
        }

        return distances;
    }

    /// <summary>
    /// Car routes by patient id for the patients who drive (the inquiry page shows what the matching compared).
    /// Routes are cached, so a bundle the matching already routed costs no request.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, Route>> ByPatientAsync(
        IRoutingService routing, Location? practice, IReadOnlyList<(int PatientId, TravelMode Mode, Location? Home)> patients, CancellationToken cancellationToken)
    {
        var drivers = patients.Where(p => p.Mode == TravelMode.Car && p.Home is not null).ToList();
        if (!routing.IsEnabled || practice is null || drivers.Count == 0)
        {
            return new Dictionary<int, Route>();
        }

        var routes = await routing.GetCarRoutesAsync(practice.Point, [.. drivers.Select(d => d.Home!.Point)], cancellationToken);
        var found = new Dictionary<int, Route>();
        for (var i = 0; i < drivers.Count && i < routes.Count; i++)
        {
            if (routes[i] is { } route)
            {
                found[drivers[i].PatientId] = route;
            }
        }

        return found;
    }
}
