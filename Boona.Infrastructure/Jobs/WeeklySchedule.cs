using System.Globalization;
using System.Text.RegularExpressions;
using Boona.Domain.Common;

namespace Boona.Infrastructure.Jobs;

/// <summary>
/// A schedule an admin can set on the Jobs page: one or more weekdays at one time of day, German time. It is stored and
/// applied as a Quartz cron expression (<see cref="ToCron"/>); <see cref="FromCron"/> reads back only that form.
/// </summary>
public sealed partial record WeeklySchedule
{
    private static readonly string[] CronDays = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    private WeeklySchedule(IReadOnlyList<DayOfWeek> days, TimeOnly at)
    {
        Days = days;
        At = at;
    }

    /// <summary>Monday first, each day once.</summary>
    public IReadOnlyList<DayOfWeek> Days { get; }

    /// <summary>Whole minutes.</summary>
    public TimeOnly At { get; }

    /// <summary>At least one day, and a time <c>HH:mm</c> (00:00–23:59); the errors name <see cref="JobScheduleInput"/>'s fields.</summary>
    public static Result<WeeklySchedule> Create(IEnumerable<DayOfWeek>? days, string? time)
    {
        var chosen = (days ?? []).Distinct().OrderBy(d => ((int)d + 6) % 7).ToList();
        var errors = new List<Error>();
        if (chosen.Count == 0 || chosen.Any(d => !Enum.IsDefined(d)))
        {
            errors.Add(Error.Invalid("job.schedule.days", "Choose at least one weekday.", nameof(JobScheduleInput.Days)));
        }

        if (!TimeOnly.TryParseExact(time?.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            errors.Add(Error.Invalid("job.schedule.time", $"'{Text.Excerpt(time)}' is not a time of day such as 09:00.", nameof(JobScheduleInput.Time)));
        }

        return errors.Count > 0 ? Result<WeeklySchedule>.Failure(errors) : Result<WeeklySchedule>.Of(new WeeklySchedule(chosen, at));
    }

    /// <summary>The schedule of a cron expression of the form <c>0 m h ? * DAY,DAY</c>; null for any other.</summary>
    public static WeeklySchedule? FromCron(string? cron)
    {
        if (cron is null || CronForm().Match(cron.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var days = new List<DayOfWeek>();
        foreach (var part in match.Groups["days"].Value.Split(','))
        {
            var range = part.Split('-');
            var from = Array.IndexOf(CronDays, range[0].ToUpperInvariant());
            var to = range.Length == 2 ? Array.IndexOf(CronDays, range[1].ToUpperInvariant()) : from;
            if (from < 0 || to < from)
            {
                return null;
            }

            days.AddRange(Enumerable.Range(from, to - from + 1).Select(d => (DayOfWeek)d));
        }

        var (hour, minute) = (int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture));
        return hour < 24 && minute < 60 ? Create(days, $"{hour:D2}:{minute:D2}").Value : null;
    }

    /// <summary>Quartz cron (seconds first): <c>0 0 9 ? * MON</c>.</summary>
    public string ToCron() => string.Create(CultureInfo.InvariantCulture, $"0 {At.Minute} {At.Hour} ? * {string.Join(',', Days.Select(d => CronDays[(int)d]))}");

    /// <summary>"Mo, Do 09:00", as the Jobs page shows it.</summary>
    public string Describe() => $"{string.Join(", ", Days.Select(WeekdayNames.German))} {At:HH\\:mm}";

    [GeneratedRegex(@"^0 (?<m>\d{1,2}) (?<h>\d{1,2}) \? \* (?<days>[A-Za-z]{3}(-[A-Za-z]{3})?(,[A-Za-z]{3}(-[A-Za-z]{3})?)*)$")]
    private static partial Regex CronForm();
}

/// <summary>A new schedule for a job as the Jobs page's editor and the API send it: the weekdays and the time (<c>09:00</c>, German time).</summary>
public sealed class JobScheduleInput
{
    private IReadOnlyCollection<DayOfWeek> _days = [];

    /// <summary>JSON <c>null</c> reads as none.</summary>
    public IReadOnlyCollection<DayOfWeek> Days { get => _days; set => _days = value ?? []; }

    public string? Time { get; set; }
}
