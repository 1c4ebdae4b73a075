namespace Boona.Domain.Common;

/// <summary>Languages are ISO 639-1 codes in lower case; German needs no mention.</summary>
public static class Languages
{
    public const string German = "de";

    public static IReadOnlyList<string> Normalise(IEnumerable<string> codes) =>
        [.. codes.Select(c => c.Trim().ToLowerInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
}
