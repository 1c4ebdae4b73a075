namespace Boona.Domain.Common;

/// <summary>A WGS84 coordinate.</summary>
public sealed record GeoPoint
{
    private const double EarthRadiusKm = 6371.0088;

    private GeoPoint(double latitude, double longitude)
    {
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    public static Result<GeoPoint> Create(double latitude, double longitude)
    {
        if (double.IsNaN(latitude) || latitude is < -90 or > 90)
        {
            return new Error("geo.latitude", $"Latitude {latitude} is outside -90..90.", "Latitude");
        }

        if (double.IsNaN(longitude) || longitude is < -180 or > 180)
        {
            return new Error("geo.longitude", $"Longitude {longitude} is outside -180..180.", "Longitude");
        }

        return Result<GeoPoint>.Of(new GeoPoint(latitude, longitude));
    }

    public static GeoPoint Of(double latitude, double longitude)
    {
        var result = Create(latitude, longitude);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    /// <summary>Great-circle (haversine) distance in kilometres.</summary>
    public double DistanceKmTo(GeoPoint other) => DistanceKm(Latitude, Longitude, other.Latitude, other.Longitude);

    /// <summary>The same from raw coordinates, for hot loops that should not allocate points.</summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = ToRadians(latitude2 - latitude1);
        var dLon = ToRadians(longitude2 - longitude1);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(ToRadians(latitude1)) * Math.Cos(ToRadians(latitude2)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double ToRadians(double degrees) => degrees * Math.PI / 180;
}
