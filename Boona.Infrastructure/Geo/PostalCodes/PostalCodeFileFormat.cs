namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Where the fields sit in one of the two accepted layouts: GeoNames' own tab-separated DE.txt (no
/// header) and the CSV conversion with a header row (zauberware/postal-codes-json-xml-csv).
/// </summary>
internal sealed record PostalCodeFileFormat(
    string Name,
    bool HasHeader,
    int MinimumColumns,
    int Country,
    int Code,
    int Place,
    int State,
    int StateCode,
    int Latitude,
    int Longitude,
    Func<string, IReadOnlyList<string>?> Split)
{
    private static readonly string[] CsvColumns = ["country_code", "zipcode", "place", "state", "state_code", "latitude", "longitude"];

    /// <summary>country, postal code, place, admin1 name/code, admin2 name/code, admin3 name/code, latitude, longitude, accuracy.</summary>
    public static readonly PostalCodeFileFormat GeoNames = new("GeoNames", false, 11, 0, 1, 2, 3, 4, 9, 10, line => line.Split('\t'));

    /// <summary>Recognises the layout from the first line, or null when it is neither.</summary>
    public static PostalCodeFileFormat? Detect(string firstLine)
    {
        if (firstLine.Contains('\t', StringComparison.Ordinal))
        {
            return GeoNames;
        }

        var header = CsvLine.Split(firstLine)?.Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (header is null || CsvColumns.Any(c => !header.Contains(c)))
        {
            return null;
        }

        int At(string column) => header.IndexOf(column);
        return new PostalCodeFileFormat(
            "CSV", true, header.Count, At("country_code"), At("zipcode"), At("place"), At("state"), At("state_code"), At("latitude"), At("longitude"), CsvLine.Split);
    }
}
