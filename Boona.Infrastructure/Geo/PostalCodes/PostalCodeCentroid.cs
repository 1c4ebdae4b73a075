using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// One German postal code with its place(s), federal state and one centroid: the mean of the
/// GeoNames points listed for it. Reference data, replaced as a whole by each import.
/// </summary>
public sealed class PostalCodeCentroid
{
    public const int PlaceLength = 200;

    public required string Code { get; init; }

    /// <summary>The places sharing the code, comma-separated (shortened to <see cref="PlaceLength"/>).</summary>
    public required string Place { get; init; }

    public required string State { get; init; }

    public string? StateCode { get; init; }

    public double Latitude { get; init; }

    public double Longitude { get; init; }

    public GeoPoint Point => GeoPoint.Of(Latitude, Longitude);
}
