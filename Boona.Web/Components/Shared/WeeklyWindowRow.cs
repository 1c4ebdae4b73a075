using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Web.Components.Shared;

/// <summary>One editable line of <see cref="WeeklyWindowsEditor"/>: text as typed, and the error found in it.</summary>
internal sealed class WeeklyWindowRow
{
    private static int _nextKey;

    public int Key { get; } = Interlocked.Increment(ref _nextKey);

    public DayOfWeek Day { get; set; } = DayOfWeek.Monday;

    public string Start { get; set; } = "09:00";

    public string End { get; set; } = "10:00";

    public Error? StartError { get; set; }

    public Error? EndError { get; set; }

    public static WeeklyWindowRow From(TimeWindow window) =>
        new() { Day = window.Day, Start = Format(window.Start), End = Format(window.End) };

    /// <summary>The window, or null with the errors set on the fields at fault.</summary>
    public TimeWindow? Validate()
    {
        StartError = Parse(Start, out var start);
        EndError = Parse(End, out var end);
        if (StartError is not null || EndError is not null)
        {
            return null;
        }

        var window = TimeWindow.Create(Day, start, end);
        EndError = window.FirstError;
        return window.IsSuccess ? window.Value : null;
    }

    private static Error? Parse(string text, out TimeOnly time) =>
        TimeOnly.TryParseExact(text?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out time)
            ? null
            : new Error("time-window.time", $"'{text}' is not a time such as 09:00.");

    private static string Format(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);
}
