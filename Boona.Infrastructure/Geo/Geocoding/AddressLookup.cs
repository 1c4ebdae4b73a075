using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.Geocoding;

public enum AddressLookupStatus
{
    Found,
    NotFound,

    /// <summary>The service could not answer (after retries): nothing is cached, a later run asks again.</summary>
    Failed,
}

public sealed record AddressLookupResult(AddressLookupStatus Status, GeoPoint? Point, string? Failure = null)
{
    public static readonly AddressLookupResult NotFound = new(AddressLookupStatus.NotFound, null);

    public static AddressLookupResult Found(GeoPoint point) => new(AddressLookupStatus.Found, point);

    public static AddressLookupResult Failed(string reason) => new(AddressLookupStatus.Failed, null, reason);
}

/// <summary>A street-address geocoding service (Nominatim-compatible over HTTP).</summary>
public interface IAddressLookup
{
    Task<AddressLookupResult> LookupAsync(GeoAddress address, CancellationToken cancellationToken);
}
