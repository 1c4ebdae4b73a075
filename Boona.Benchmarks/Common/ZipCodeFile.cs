using System.Globalization;

namespace Boona.Benchmarks.Common;

public sealed record ZipCodePlace(string PostalCode, string City, double Latitude, double Longitude);

/// <summary>
/// Reads the GeoNames postal-code CSV (country_code, zipcode, place, …, latitude, longitude): one place per
/// postal code. Only the place may be quoted (company names with commas), so the rest is read from the ends.
/// </summary>
public static class ZipCodeFile
{
    public static IReadOnlyList<ZipCodePlace> Read(string path)
    {
        var places = new Dictionary<string, ZipCodePlace>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var fields = line.Split(',');
            if (fields.Length < 11 || fields[1].Length != 5)
            {
                continue;
            }

            // A quoted place is a company name; the community (fourth from the end) is then the better city.
            var place = fields[2].StartsWith('"') ? fields[^4] : fields[2];
            var latitude = double.Parse(fields[^2], CultureInfo.InvariantCulture);
            var longitude = double.Parse(fields[^1], CultureInfo.InvariantCulture);
            if (!places.TryGetValue(fields[1], out var known) || (known.City.Length == 0 && place is not null))
            {
                places[fields[1]] = new ZipCodePlace(fields[1], place ?? string.Empty, latitude, longitude);
            }
        }

        return [.. places.Values.Where(p => p.City.Length > 0).OrderBy(p => p.PostalCode, StringComparer.Ordinal)];
    }
}
