using Boona.Domain.Common;

namespace Boona.Tests.Domain.Common;

/// <summary>Straight-line distances between town centres, as published (e.g. luftlinie.org), to within a kilometre or two.</summary>
public sealed class HaversineTests
{
    [Theory]
    [InlineData(53.5511, 9.9937, 50.1109, 8.6821, 393)] // Hamburg – Frankfurt am Main
    [InlineData(51.0504, 13.7373, 51.3397, 12.3731, 100)] // Dresden – Leipzig
    [InlineData(50.7753, 6.0839, 50.9375, 6.9603, 64)] // Aachen – Köln
    [InlineData(50.9387, 6.9547, 50.8293, 6.9050, 12.7)] // Köln 50667 – Brühl 50321
    [InlineData(0, 0, 0, 1, 111.2)] // one degree of longitude on the equator
    public void Known_distances(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude, double expectedKm)
    {
        var distance = GeoPoint.Of(fromLatitude, fromLongitude).DistanceKmTo(GeoPoint.Of(toLatitude, toLongitude));

        Assert.InRange(distance, expectedKm - 1.5, expectedKm + 1.5);
    }

    [Fact]
    public void Antipodes_are_half_the_earth_apart() =>
        Assert.InRange(GeoPoint.Of(50, 7).DistanceKmTo(GeoPoint.Of(-50, -173)), 20_010, 20_020);
}
