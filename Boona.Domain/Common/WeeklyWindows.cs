using System.Globalization;

namespace Boona.Domain.Common;

/// <summary>
/// A weekly pattern of non-overlapping windows (phone hours, a patient's free times),
/// kept sorted by weekday (Monday first) and start time.
/// </summary>
public sealed class WeeklyWindows : IEquatable<WeeklyWindows>
{
    private static readonly string[] Separators = [";", "\n"];

    private WeeklyWindows(IReadOnlyList<TimeWindow> windows)
    {
        Windows = windows;
    }

    public static WeeklyWindows Empty { get; } = new([]);

    public IReadOnlyList<TimeWindow> Windows { get; }

    public bool IsEmpty => Windows.Count == 0;

    public static Result<WeeklyWindows> Create(IEnumerable<TimeWindow> windows)
    {
        var sorted = windows.OrderBy(w => MondayFirst(w.Day)).ThenBy(w => w.Start).ToList();
        for (var i = 1; i < sorted.Count; i++)
        {
            if (sorted[i].Overlaps(sorted[i - 1]))
            {
                return new Error("weekly-windows.overlap", $"The windows {sorted[i - 1]} and {sorted[i]} overlap.", "Windows");
            }
        }

        return Result<WeeklyWindows>.Of(new WeeklyWindows(sorted));
    }

    /// <summary>Parses <c>Mon 09:00-10:00; Wed 14:00-15:30</c> (German weekday abbreviations work too).</summary>
    public static Result<WeeklyWindows> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<WeeklyWindows>.Of(Empty);
        }

        var windows = new List<TimeWindow>();
        foreach (var part in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var window = ParseWindow(part);
            if (!window.IsSuccess)
            {
                return Result<WeeklyWindows>.Failure(window.Errors);
            }

            windows.Add(window.Value);
        }

        return Create(windows);
    }

    /// <summary>For trusted text from the database or seed data.</summary>
    public static WeeklyWindows FromStorage(string? text)
    {
        var result = Parse(text);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    public bool Contains(DayOfWeek day, TimeOnly time) => Windows.Any(w => w.Contains(day, time));

    public IEnumerable<TimeWindow> On(DayOfWeek day) => Windows.Where(w => w.Day == day);

    public TimeSpan TotalPerWeek => TimeSpan.FromTicks(Windows.Sum(w => w.Duration.Ticks));

    public override string ToString() => string.Join("; ", Windows);

    public bool Equals(WeeklyWindows? other) => other is not null && ToString() == other.ToString();

    public override bool Equals(object? obj) => obj is WeeklyWindows other && Equals(other);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    private static int MondayFirst(DayOfWeek day) => ((int)day + 6) % 7;

    private static Result<TimeWindow> ParseWindow(string part)
    {
        var invalid = new Error("weekly-windows.format", $"'{Text.Excerpt(part)}' is not a window such as 'Mo 09:00-10:00'.", "Windows");
        var space = part.IndexOf(' ', StringComparison.Ordinal);
        if (space < 0 || !WeekdayNames.TryParse(part[..space], out var day))
        {
            return invalid;
        }

        var times = part[(space + 1)..].Replace('–', '-').Split('-', StringSplitOptions.TrimEntries);
        if (times.Length != 2
            || !TimeOnly.TryParseExact(times[0], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var start)
            || !TimeOnly.TryParseExact(times[1], ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var end))
        {
            return invalid;
        }

        return TimeWindow.Create(day, start, end);
    }
}
