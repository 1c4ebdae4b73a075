using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

/// <summary>
/// The days a coordinator enters for a therapist (free places, a pause, the end of a block or of the cooling period) lie
/// within <see cref="RangeYears"/> years of today: a typing slip such as 0001-01-01 or 2202 is refused, not stored.
/// </summary>
public static class TherapistDates
{
    public const int RangeYears = 5;

    public static IEnumerable<Error> Check(DateOnly? date, DateOnly today, string field) =>
        date is { } day && (day < today.AddYears(-RangeYears) || day > today.AddYears(RangeYears))
            ? [Error.Invalid("therapist.date.implausible", $"{field} must lie within {RangeYears.ToString(CultureInfo.InvariantCulture)} years of today.", field)]
            : [];

    /// <summary>The calendar day of an instant, close enough for a range of years.</summary>
    public static DateOnly DayOf(DateTimeOffset at) => DateOnly.FromDateTime(at.UtcDateTime);
}
