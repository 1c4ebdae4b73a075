namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>An address the service was asked about, with its answer; kept forever so it is never asked again.</summary>
public sealed class GeocodeCacheEntry
{
    public const int KeyLength = 400;

    public required string Key { get; init; }

    /// <summary>Null when the service knew no such address.</summary>
    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public bool Found => Latitude is not null && Longitude is not null;
}
