using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>How a location was found, or why only the postal-code centroid (or nothing) was.</summary>
public enum GeocodeOutcome
{
    /// <summary>The street address was geocoded (now or earlier, from the cache).</summary>
    Geocoded,

    /// <summary>The service knows no such address: the centroid is used.</summary>
    NotFound,

    /// <summary>The service could not answer: the centroid is used, and nothing was cached.</summary>
    LookupFailed,

    /// <summary>No street given: the centroid is all there is.</summary>
    NoStreet,

    /// <summary>Street geocoding is switched off: the centroid is used.</summary>
    Disabled,
}

/// <summary>Where an address is, and how that was found.</summary>
/// <param name="Location">Null when not even the postal code is known.</param>
/// <param name="Outcome">Geocoded, or why the centroid was used.</param>
/// <param name="Failure">What went wrong when the service could not answer.</param>
public sealed record GeocodeResult(Location? Location, GeocodeOutcome Outcome, string? Failure = null);

/// <summary>
/// Locates addresses: the street address through the configured service (cached forever), else the
/// postal-code centroid, with <see cref="LocationSource"/> saying which.
/// </summary>
public interface IGeocoder
{
    /// <summary>Results in the order of <paramref name="addresses"/>; cache and centroids are read in bulk.</summary>
    Task<IReadOnlyList<GeocodeResult>> LocateAsync(IReadOnlyList<GeoAddress> addresses, CancellationToken cancellationToken);
}
