using Boona.Domain.Common;

namespace Boona.Domain.Inquiries;

/// <summary>When to make the call that presents an inquiry to a therapist without e-mail.</summary>
public static class InquiryCallTime
{
    /// <summary>Used when the practice's phone hours are unknown.</summary>
    public static readonly TimeOnly DefaultTime = new(10, 0);

    /// <summary>
    /// The first moment inside the phone hours from now on, on a working day (Monday to Friday);
    /// without usable phone hours the next working day at <see cref="DefaultTime"/>. Times are German local times.
    /// </summary>
    public static (DateOnly Day, TimeOnly Time) First(WeeklyWindows phoneHours, DateOnly today, TimeOnly now)
    {
        for (var offset = 0; offset < 7 && !phoneHours.IsEmpty; offset++)
        {
            var day = today.AddDays(offset);
            if (IsWeekend(day))
            {
                continue;
            }

            foreach (var window in phoneHours.On(day.DayOfWeek))
            {
                if (offset > 0 || window.Start >= now)
                {
                    return (day, window.Start);
                }

                if (window.End > now)
                {
                    return (day, new TimeOnly(now.Hour, now.Minute));
                }
            }
        }

        var next = today.AddDays(1);
        while (IsWeekend(next))
        {
            next = next.AddDays(1);
        }

        return (next, DefaultTime);
    }

    private static bool IsWeekend(DateOnly day) => day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
