namespace Boona.Domain.Common;

/// <summary>Where a location came from; a postal-code centroid is only approximate.</summary>
public enum LocationSource
{
    Address,
    PostalCodeCentroid,
    Manual,
}

/// <summary>A geocoded place together with the quality of its source.</summary>
public sealed record Location(double Latitude, double Longitude, LocationSource Source)
{
    public GeoPoint Point => GeoPoint.Of(Latitude, Longitude);

    public static Location From(GeoPoint point, LocationSource source) => new(point.Latitude, point.Longitude, source);
}
