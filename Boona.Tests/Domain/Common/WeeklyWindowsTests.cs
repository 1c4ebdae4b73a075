using Boona.Domain.Common;

namespace Boona.Tests.Domain.Common;

public sealed class WeeklyWindowsTests
{
    [Fact]
    public void German_and_English_weekdays_parse_to_a_sorted_pattern()
    {
        var windows = WeeklyWindows.Parse("Mi 14:00-15:30; Mon 09:00-10:00").Value;

        Assert.Equal("Mon 09:00-10:00; Wed 14:00-15:30", windows.ToString());
        Assert.Equal(TimeSpan.FromMinutes(150), windows.TotalPerWeek);
    }

    [Fact]
    public void The_storage_form_round_trips()
    {
        var original = WeeklyWindows.Parse("Mo 08:30-09:00; Fr 11:00-12:00; So 10:00-11:00").Value;

        Assert.Equal(original, WeeklyWindows.FromStorage(original.ToString()));
    }

    [Fact]
    public void Empty_text_is_an_empty_pattern()
    {
        Assert.True(WeeklyWindows.Parse("  ").Value.IsEmpty);
        Assert.True(WeeklyWindows.Parse(null).Value.IsEmpty);
    }

    [Theory]
    [InlineData("Mo 10:00-09:00", "time-window.order")]
    [InlineData("Mo 09:00-09:00", "time-window.order")]
    [InlineData("Xy 09:00-10:00", "weekly-windows.format")]
    [InlineData("Mo 9-10", "weekly-windows.format")]
    [InlineData("Mo 09:00-10:00; Mo 09:30-11:00", "weekly-windows.overlap")]
    public void Invalid_patterns_are_refused_with_the_reason(string text, string code)
    {
        var result = WeeklyWindows.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.FirstError!.Code);
    }

    [Fact]
    public void Adjacent_windows_do_not_overlap() =>
        Assert.True(WeeklyWindows.Parse("Mo 09:00-10:00; Mo 10:00-11:00").IsSuccess);

    [Fact]
    public void Contains_respects_the_exclusive_end()
    {
        var windows = WeeklyWindows.FromStorage("Tue 09:00-10:00");

        Assert.True(windows.Contains(DayOfWeek.Tuesday, new TimeOnly(9, 0)));
        Assert.True(windows.Contains(DayOfWeek.Tuesday, new TimeOnly(9, 59)));
        Assert.False(windows.Contains(DayOfWeek.Tuesday, new TimeOnly(10, 0)));
        Assert.False(windows.Contains(DayOfWeek.Wednesday, new TimeOnly(9, 30)));
    }
}
