namespace Boona.Domain.Common;

/// <summary>Weekday abbreviations accepted in time windows: English for storage, German as typed by coordinators.</summary>
public static class WeekdayNames
{
    private static readonly string[] EnglishNames = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] GermanNames = ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"];

    public static string English(DayOfWeek day) => EnglishNames[(int)day];

    public static string German(DayOfWeek day) => GermanNames[(int)day];

    public static bool TryParse(string text, out DayOfWeek day)
    {
        var trimmed = text.Trim().TrimEnd('.');
        for (var i = 0; i < 7; i++)
        {
            if (string.Equals(trimmed, EnglishNames[i], StringComparison.OrdinalIgnoreCase)
                || string.Equals(trimmed, GermanNames[i], StringComparison.OrdinalIgnoreCase))
            {
                day = (DayOfWeek)i;
                return true;
            }
        }

        day = default;
        return false;
    }
}
