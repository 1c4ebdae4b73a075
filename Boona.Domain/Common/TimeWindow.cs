using System.Globalization;

namespace Boona.Domain.Common;

/// <summary>One weekly window, e.g. Monday 09:00–10:00. End is exclusive.</summary>
public sealed record TimeWindow
{
    private TimeWindow(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        Day = day;
        Start = start;
        End = end;
    }

    public DayOfWeek Day { get; }

    public TimeOnly Start { get; }

    public TimeOnly End { get; }

    public TimeSpan Duration => End - Start;

    public static Result<TimeWindow> Create(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        if (!Enum.IsDefined(day))
        {
            return new Error("time-window.day", $"Unknown weekday {day}.", "Day");
        }

        if (end <= start)
        {
            return new Error("time-window.order", $"The window {start:HH\\:mm}-{end:HH\\:mm} ends before it starts.", "End");
        }

        return Result<TimeWindow>.Of(new TimeWindow(day, start, end));
    }

    public static TimeWindow Of(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        var result = Create(day, start, end);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    public bool Overlaps(TimeWindow other) => Day == other.Day && Start < other.End && other.Start < End;

    public bool Contains(DayOfWeek day, TimeOnly time) => Day == day && time >= Start && time < End;

    /// <summary>Culture-independent storage form: <c>Mon 09:00-10:00</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{WeekdayNames.English(Day)} {Start:HH\\:mm}-{End:HH\\:mm}");
}
