using System.Globalization;
using Boona.Infrastructure.Common;

namespace Boona.Web;

/// <summary>Dates and times as staff read them: German local time, in the current culture's format.</summary>
public static class DisplayFormat
{
    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    public static string Day(DateOnly? day) => day is { } value ? Day(value) : string.Empty;

    public static string Day(DateTimeOffset instant) => Day(BoonaTime.ToLocalDate(instant));

    public static string DayAndTime(DateTimeOffset instant) =>
        TimeZoneInfo.ConvertTime(instant, BoonaTime.Zone).ToString("g", CultureInfo.CurrentCulture);

    /// <summary>Null for no instant, so that a caller can put its own placeholder with <c>??</c>.</summary>
    public static string? DayAndTime(DateTimeOffset? instant) => instant is { } value ? DayAndTime(value) : null;
}
