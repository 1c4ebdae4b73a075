using System.Globalization;

namespace Boona.Web.Components.Shared.Geo;

/// <summary>Distances and travel times as people read them, in the current culture: "7,3 km", "64 km", "1 h 05 min".</summary>
public static class GeoFormat
{
    /// <summary>One decimal below 10 km (a walk matters), whole kilometres above.</summary>
    public static string Kilometres(double km) =>
        km.ToString(km < 10 ? "N1" : "N0", CultureInfo.CurrentCulture) + " km";

    /// <summary>Whole minutes, rounded up below one minute; hours from 60 minutes.</summary>
    public static string Duration(TimeSpan duration)
    {
        var minutes = Math.Max(1, (int)Math.Round(duration.TotalMinutes, MidpointRounding.AwayFromZero));
        return minutes < 60
            ? string.Create(CultureInfo.CurrentCulture, $"{minutes} min")
            : string.Create(CultureInfo.CurrentCulture, $"{minutes / 60} h {minutes % 60:00} min");
    }
}
