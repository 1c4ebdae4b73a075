using Boona.Domain.Common;
using Boona.Infrastructure.Geo.PostalCodes;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>
/// The one geocoding entry point: cache, then the street-address service when enabled, then the
/// postal-code centroid. Found and not-found answers are cached; failures are not.
/// </summary>
public sealed class Geocoder(
    IOptions<GeocodingOptions> options,
    GeocodeCache cache,
    PostalCodeQueries postalCodes,
    IAddressLookup lookup) : IGeocoder
{
    public async Task<IReadOnlyList<GeocodeResult>> LocateAsync(IReadOnlyList<GeoAddress> addresses, CancellationToken cancellationToken)
    {
        var enabled = options.Value.Enabled;
        var centroids = await postalCodes.FindAsync(addresses.Select(a => a.PostalCode.Trim()), cancellationToken);
        var cached = enabled
            ? await cache.FindAsync(addresses.Where(a => a.HasStreet).Select(a => a.CacheKey), cancellationToken)
            : new Dictionary<string, GeocodeCacheEntry>();
        var results = new List<GeocodeResult>(addresses.Count);
        foreach (var address in addresses)
        {
            var centroid = centroids.TryGetValue(address.PostalCode.Trim(), out var c)
                ? Location.From(c.Point, LocationSource.PostalCodeCentroid)
                : null;
            results.Add(!enabled ? new GeocodeResult(centroid, GeocodeOutcome.Disabled)
                : !address.HasStreet ? new GeocodeResult(centroid, GeocodeOutcome.NoStreet)
                : await LocateStreetAsync(address, cached, centroid, cancellationToken));
        }

        return results;
    }

    private async Task<GeocodeResult> LocateStreetAsync(GeoAddress address, IReadOnlyDictionary<string, GeocodeCacheEntry> cached, Location? centroid, CancellationToken cancellationToken)
    {
        if (cached.TryGetValue(address.CacheKey, out var entry))
        {
            return entry.Found
                ? new GeocodeResult(new Location(entry.Latitude!.Value, entry.Longitude!.Value, LocationSource.Address), GeocodeOutcome.Geocoded)
                : new GeocodeResult(centroid, GeocodeOutcome.NotFound);
        }

        var answer = await lookup.LookupAsync(address, cancellationToken);
        switch (answer.Status)
        {
            case AddressLookupStatus.Found:
                await cache.StoreAsync(address.CacheKey, answer.Point, cancellationToken);
                return new GeocodeResult(Location.From(answer.Point!, LocationSource.Address), GeocodeOutcome.Geocoded);
            case AddressLookupStatus.NotFound:
                await cache.StoreAsync(address.CacheKey, null, cancellationToken);
                return new GeocodeResult(centroid, GeocodeOutcome.NotFound);
            default:
                return new GeocodeResult(centroid, GeocodeOutcome.LookupFailed, answer.Failure);
        }
    }
}
