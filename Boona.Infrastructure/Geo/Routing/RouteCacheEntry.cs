using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.Routing;

/// <summary>A car route between two points as the routing service answered it; null values: no route.</summary>
public sealed class RouteCacheEntry
{
    public required string Key { get; init; }

    public double? DistanceKm { get; init; }

    public double? DurationSeconds { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>Origin and destination rounded to 5 decimals (about a metre): the same trip, the same key.</summary>
    public static string KeyOf(GeoPoint origin, GeoPoint destination) =>
        string.Create(CultureInfo.InvariantCulture, $"{origin.Latitude:F5},{origin.Longitude:F5}>{destination.Latitude:F5},{destination.Longitude:F5}");

    public Route? ToRoute() => DistanceKm is { } km && DurationSeconds is { } seconds ? new Route(km, TimeSpan.FromSeconds(seconds)) : null;
}
