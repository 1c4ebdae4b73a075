using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

/// <summary>
/// Where a call to a practice goes: the practice's phone hours, the coordinator's calendar and the German working days.
/// Times are local times of <see cref="Zone"/>; <see cref="IsHoliday"/> answers for the practice's federal state.
/// </summary>
/// <param name="PhoneHours">The practice's weekly phone hours; empty when unknown.</param>
/// <param name="SlotLength">How long one call takes (the settings' slot length).</param>
/// <param name="TimeWithoutHours">The local time used on a working day when the practice has no phone hours.</param>
/// <param name="Zone">The zone the phone hours are meant in (German time).</param>
/// <param name="IsHoliday">True for a public holiday where the practice is (nationwide or of its state).</param>
/// <param name="Taken">The starts of the coordinator's planned calls; a slot overlapping one of them is not free.</param>
public sealed record CallSlotRequest(
    WeeklyWindows PhoneHours,
    TimeSpan SlotLength,
    TimeOnly TimeWithoutHours,
    TimeZoneInfo Zone,
    Func<DateOnly, bool> IsHoliday,
    IReadOnlyCollection<DateTimeOffset> Taken);

/// <summary>The next free slot for a call: inside the phone hours on a working day, never on top of another call.</summary>
public static class CallSlots
{
    /// <summary>How far ahead a slot is looked for inside the phone hours before the day-without-hours rule applies.</summary>
    public const int SearchDays = 60;

    /// <summary>
    /// The earliest slot starting at or after <paramref name="from"/>: slots follow each other from the start of a phone-hours
    /// window and must end inside it, on Monday to Friday and not on a public holiday, and may not overlap a taken slot.
    /// Without phone hours (or none usable within <see cref="SearchDays"/>): the next working day after
    /// <paramref name="from"/>'s day at <see cref="CallSlotRequest.TimeWithoutHours"/>, or the next free slot after it that day.
    /// </summary>
    public static DateTimeOffset Next(CallSlotRequest request, DateTimeOffset from)
    {
        if (request.SlotLength <= TimeSpan.Zero)
        {
            throw new DomainException("call-slot.length", "A call slot needs a positive length.");
        }

        var local = TimeZoneInfo.ConvertTime(from, request.Zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        for (var offset = 0; offset < SearchDays && !request.PhoneHours.IsEmpty; offset++)
        {
            var day = today.AddDays(offset);
            if (!IsWorkingDay(request, day))
            {
                continue;
            }

            foreach (var window in request.PhoneHours.On(day.DayOfWeek))
            {
                if (FirstFree(request, day, window.Start, window.End, from) is { } slot)
                {
                    return slot;
                }
            }
        }

        for (var day = NextWorkingDay(request, today); ; day = NextWorkingDay(request, day))
        {
            if (FirstFree(request, day, request.TimeWithoutHours, TimeOnly.MaxValue, from) is { } slot)
            {
                return slot;
            }
        }
    }

    /// <summary>
    /// Nobody answered at <paramref name="at"/>: the next try goes into the next window, not a few minutes later into the
    /// same one — the practice is busy now. Without phone hours that is the next working day.
    /// </summary>
    public static DateTimeOffset AfterMiss(CallSlotRequest request, DateTimeOffset at)
    {
        var local = TimeZoneInfo.ConvertTime(at, request.Zone);
        var day = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        var current = request.PhoneHours.On(day.DayOfWeek).FirstOrDefault(w => w.Start <= time && time < w.End);
        return Next(request, current is null ? at : At(request.Zone, day, current.End));
    }

    public static bool IsWorkingDay(CallSlotRequest request, DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !request.IsHoliday(day);

    private static DateOnly NextWorkingDay(CallSlotRequest request, DateOnly after)
    {
        var day = after.AddDays(1);
        while (!IsWorkingDay(request, day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>The first slot of the window [start, end) on <paramref name="day"/> that begins at or after <paramref name="from"/> and is free.</summary>
    private static DateTimeOffset? FirstFree(CallSlotRequest request, DateOnly day, TimeOnly start, TimeOnly end, DateTimeOffset from)
    {
        var windowEnd = end == TimeOnly.MaxValue ? At(request.Zone, day.AddDays(1), TimeOnly.MinValue) : At(request.Zone, day, end);
        for (var slot = At(request.Zone, day, start); slot + request.SlotLength <= windowEnd; slot += request.SlotLength)
        {
            if (slot >= from && !request.Taken.Any(taken => Overlaps(slot, taken, request.SlotLength)))
            {
                return slot;
            }
        }

        return null;
    }

    private static bool Overlaps(DateTimeOffset slot, DateTimeOffset taken, TimeSpan length) =>
        slot < taken + length && taken < slot + length;

    /// <summary>The instant of a local date and time in <paramref name="zone"/> (a time skipped by the clock change counts forward).</summary>
    private static DateTimeOffset At(TimeZoneInfo zone, DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
