namespace Boona.Infrastructure.Common;

/// <summary>Boona works on German calendar days: "today" is the day in Europe/Berlin, whatever the server's zone.</summary>
public static class BoonaTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    public static DateOnly Today(this TimeProvider clock) => ToLocalDate(clock.GetUtcNow());

    public static DateOnly ToLocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>The instant of a German local date and time.</summary>
    public static DateTimeOffset AtLocal(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
