using Boona.Infrastructure.Geo.PostalCodes;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>The demo's postal codes as centroids, so that locating a changed address works offline.</summary>
internal static class DemoPostalCodes
{
    private static readonly Dictionary<string, (string State, string Code)> StatesByRegion = new(StringComparer.Ordinal)
    {
        ["10"] = ("Berlin", "BE"),
        ["20"] = ("Hamburg", "HH"),
        ["80"] = ("Bayern", "BY"),
        ["50"] = ("Nordrhein-Westfalen", "NW"),
        ["60"] = ("Hessen", "HE"),
        ["04"] = ("Sachsen", "SN"),
    };

    public static IReadOnlyList<PostalCodeCentroid> Create() =>
        [.. DemoPlaces.All.DistinctBy(p => p.PostalCode).Select(p => new PostalCodeCentroid
        {
            Code = p.PostalCode,
            Place = p.City,
            State = StatesByRegion[p.PostalCode[..2]].State,
            StateCode = StatesByRegion[p.PostalCode[..2]].Code,
            Latitude = p.Latitude,
            Longitude = p.Longitude,
        })];
}
