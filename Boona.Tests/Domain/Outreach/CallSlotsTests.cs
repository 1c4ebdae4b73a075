using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.FollowUp;

namespace Boona.Tests.Domain.Outreach;

/// <summary>Where a follow-up call goes: phone hours, working days, German public holidays by state, the coordinator's other calls.</summary>
public sealed class CallSlotsTests
{
    private static readonly TimeSpan Slot = TimeSpan.FromMinutes(5);

    private static CallSlotRequest Request(string hours, string? state = "NW", params DateTimeOffset[] taken) =>
        new(WeeklyWindows.FromStorage(hours), Slot, new TimeOnly(10, 0), BoonaTime.Zone, GermanHolidays.For(state), taken);

    private static DateTimeOffset At(int year, int month, int day, int hour, int minute) =>
        BoonaTime.AtLocal(new DateOnly(year, month, day), new TimeOnly(hour, minute));

    [Fact]
    public void A_call_goes_into_the_first_slot_of_the_phone_hours_that_ends_inside_the_window()
    {
        var request = Request("Mon 09:00-10:00; Wed 14:00-15:00");

        // Monday 30 November 2026, German time.
        Assert.Equal(At(2026, 11, 30, 9, 0), CallSlots.Next(request, At(2026, 11, 30, 8, 0)));
        Assert.Equal(At(2026, 11, 30, 9, 10), CallSlots.Next(request, At(2026, 11, 30, 9, 7)));
        Assert.Equal(At(2026, 12, 2, 14, 0), CallSlots.Next(request, At(2026, 11, 30, 9, 58)));
    }

    [Fact]
    public void Weekends_are_skipped_even_when_the_practice_lists_phone_hours_on_them()
    {
        var request = Request("Fri 09:00-09:10; Sat 09:00-12:00; Sun 10:00-11:00; Mon 11:00-12:00");

        Assert.Equal(At(2026, 11, 30, 11, 0), CallSlots.Next(request, At(2026, 11, 27, 10, 0)));
    }

    [Theory]
    [InlineData("NW")]
    [InlineData("BE")]
    [InlineData(null)]
    public void A_nationwide_holiday_is_skipped_in_every_state(string? state)
    {
        // Christi Himmelfahrt: Thursday 14 May 2026.
        var request = Request("Thu 09:00-10:00; Fri 09:00-10:00", state);

        Assert.Equal(At(2026, 5, 15, 9, 0), CallSlots.Next(request, At(2026, 5, 13, 12, 0)));
    }

    [Fact]
    public void Fronleichnam_is_skipped_in_North_Rhine_Westphalia_but_not_in_Berlin()
    {
        // Fronleichnam: Thursday 4 June 2026, a holiday in NRW, not in Berlin, not nationwide.
        var from = At(2026, 6, 3, 12, 0);

        Assert.Equal(At(2026, 6, 11, 9, 0), CallSlots.Next(Request("Thu 09:00-10:00", "NW"), from));
        Assert.Equal(At(2026, 6, 4, 9, 0), CallSlots.Next(Request("Thu 09:00-10:00", "BE"), from));
        Assert.Equal(At(2026, 6, 4, 9, 0), CallSlots.Next(Request("Thu 09:00-10:00", null), from));
    }

    [Fact]
    public void A_slot_that_overlaps_another_call_of_the_coordinator_is_not_free()
    {
        var monday = At(2026, 11, 30, 8, 0);

        Assert.Equal(At(2026, 11, 30, 9, 10), CallSlots.Next(Request("Mon 09:00-10:00", "NW", At(2026, 11, 30, 9, 0), At(2026, 11, 30, 9, 5)), monday));
        Assert.Equal(At(2026, 11, 30, 9, 10), CallSlots.Next(Request("Mon 09:00-10:00", "NW", At(2026, 11, 30, 9, 2)), monday));
        Assert.Equal(At(2026, 12, 7, 9, 0), CallSlots.Next(Request("Mon 09:00-09:10", "NW", At(2026, 11, 30, 9, 0), At(2026, 11, 30, 9, 5)), monday));
    }

    [Fact]
    public void Without_phone_hours_the_call_is_on_the_next_working_day_at_the_configured_time()
    {
        Assert.Equal(At(2026, 11, 30, 10, 0), CallSlots.Next(Request(string.Empty), At(2026, 11, 27, 8, 0)));
        Assert.Equal(At(2026, 11, 30, 10, 5), CallSlots.Next(Request(string.Empty, "NW", At(2026, 11, 30, 10, 0)), At(2026, 11, 27, 8, 0)));

        // Christmas Eve 2026 is a Thursday: the 25th and 26th are holidays, then the weekend.
        Assert.Equal(At(2026, 12, 28, 10, 0), CallSlots.Next(Request(string.Empty), At(2026, 12, 24, 9, 0)));
    }

    [Fact]
    public void A_call_not_reached_goes_into_the_next_window_not_into_the_same_one()
    {
        var request = Request("Mon 09:00-10:00; Mon 14:00-15:00; Tue 09:00-10:00");

        Assert.Equal(At(2026, 11, 30, 14, 0), CallSlots.AfterMiss(request, At(2026, 11, 30, 9, 3)));
        Assert.Equal(At(2026, 12, 1, 9, 0), CallSlots.AfterMiss(request, At(2026, 11, 30, 14, 10)));
        Assert.Equal(At(2026, 12, 1, 10, 0), CallSlots.AfterMiss(Request(string.Empty), At(2026, 11, 30, 10, 2)));
    }

    [Fact]
    public void The_state_comes_from_the_postal_code_data_as_a_two_letter_code()
    {
        Assert.Equal(PublicHoliday.GermanPublicHoliday.States.NW, GermanHolidays.Parse("nw"));
        Assert.Equal(PublicHoliday.GermanPublicHoliday.States.BY, GermanHolidays.Parse("DE-BY"));
        Assert.Null(GermanHolidays.Parse("07"));
        Assert.Null(GermanHolidays.Parse("ALL"));
        Assert.Null(GermanHolidays.Parse(null));
    }
}
