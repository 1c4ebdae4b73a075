using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>A postal address to geocode. The street (with number) is optional; without it only the centroid helps.</summary>
public sealed partial record GeoAddress(string? Street, string PostalCode, string City)
{
    public bool HasStreet => !string.IsNullOrWhiteSpace(Street);

    /// <summary>
    /// The cache key: the same address however it was typed ("Hohe Str. 1" and "hohe  straße 1" are one
    /// key), so each address is asked once, ever.
    /// </summary>
    public string CacheKey => $"{Normalise(Street)}|{PostalCode.Trim()}|{Normalise(City)}";

    private static string Normalise(string? text)
    {
        var lower = (text ?? string.Empty).Normalize(NormalizationForm.FormKC).ToLower(CultureInfo.GetCultureInfo("de-DE")).Replace("ß", "ss", StringComparison.Ordinal);
        var spaced = Whitespace().Replace(lower, " ").Trim();
        return StreetSuffix().Replace(spaced, "strasse");
    }

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"strasse|str\.|str\b", RegexOptions.CultureInvariant)]
    private static partial Regex StreetSuffix();
}
