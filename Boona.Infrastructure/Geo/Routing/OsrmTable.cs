using System.Text.Json;

namespace Boona.Infrastructure.Geo.Routing;

internal sealed class OsrmTableException(string message) : Exception(message);

/// <summary>Reads an OSRM table answer for one source: metres and seconds per destination, null where unreachable.</summary>
internal static class OsrmTable
{
    public static IReadOnlyList<Route?> Parse(JsonElement root, int destinations)
    {
        var code = root.TryGetProperty("code", out var c) ? c.GetString() : null;
        if (code != "Ok")
        {
            throw new OsrmTableException($"The routing service answered code '{code}'.");
        }

        var durations = Row(root, "durations", destinations);
        var distances = Row(root, "distances", destinations);
        return [.. Enumerable.Range(1, destinations).Select(i =>
            durations[i] is { } seconds && distances[i] is { } metres ? new Route(metres / 1000, TimeSpan.FromSeconds(seconds)) : (Route?)null)];
    }

    /// <summary>The first (only) row, origin included at index 0.</summary>
    private static double?[] Row(JsonElement root, string name, int destinations)
    {
        if (!root.TryGetProperty(name, out var matrix) || matrix.ValueKind != JsonValueKind.Array || matrix.GetArrayLength() != 1)
        {
            throw new OsrmTableException($"The answer has no single '{name}' row; is annotations=duration,distance supported?");
        }

        var row = matrix[0];
        if (row.GetArrayLength() != destinations + 1)
        {
            throw new OsrmTableException($"'{name}' has {row.GetArrayLength()} columns, expected {destinations + 1}.");
        }

        return [.. row.EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Number ? v.GetDouble() : (double?)null)];
    }
}
