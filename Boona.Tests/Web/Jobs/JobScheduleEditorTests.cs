using Boona.Infrastructure.Jobs;
using Boona.Web.Components.Pages.Admin.Jobs;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Boona.Tests.Web.Jobs;

/// <summary>The Jobs page's schedule editor: starts from the schedule in force, refuses what the save would refuse, in German.</summary>
public sealed class JobScheduleEditorTests : BoonaComponentContext
{
    private JobScheduleInput? _saved;

    [Fact]
    public void The_editor_starts_from_the_schedule_in_force()
    {
        var editor = Render(WeeklySchedule.FromCron("0 0 9 ? * MON,THU"));

        Assert.Equal([true, false, false, true, false, false, false], Days(editor).Select(d => d.HasAttribute("checked")));
        Assert.Equal("09:00", editor.Find("#schedule-time").GetAttribute("value"));
        Assert.Contains("Donnerstag", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_weekday_the_save_is_disabled_and_the_editor_says_why()
    {
        var editor = Render(WeeklySchedule.FromCron("0 0 9 ? * MON"));

        Days(editor)[0].Change(false);

        Assert.True(editor.Find("#schedule-save").HasAttribute("disabled"));
        Assert.Contains("Bitte mindestens einen Wochentag wählen.", editor.Find("[data-testid=schedule-days-error]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_time_that_is_no_time_of_day_is_refused_at_the_field()
    {
        var editor = Render(WeeklySchedule.FromCron("0 0 9 ? * MON"));

        editor.Find("#schedule-time").Input("25:00");

        Assert.True(editor.Find("#schedule-save").HasAttribute("disabled"));
        Assert.Contains("Bitte eine Uhrzeit wie 09:00 angeben.", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_valid_choice_is_saved_as_weekdays_and_time()
    {
        var editor = Render(WeeklySchedule.FromCron("0 0 9 ? * MON"));

        Days(editor)[0].Change(false);
        Days(editor)[2].Change(true);
        editor.Find("#schedule-time").Input("14:30");
        editor.Find("#schedule-save").Click();

        Assert.Equal([DayOfWeek.Wednesday], _saved!.Days);
        Assert.Equal("14:30", _saved.Time);
    }

    /// <summary>Monday to Sunday; found afresh, since every change renders again.</summary>
    private static IReadOnlyList<AngleSharp.Dom.IElement> Days(IRenderedComponent<JobScheduleEditor> editor) =>
        [.. editor.FindAll("[data-testid=schedule-day] input[type=checkbox]")];

    private IRenderedComponent<JobScheduleEditor> Render(WeeklySchedule? value) =>
        Render<JobScheduleEditor>(p => p
            .Add(e => e.Value, value)
            .Add(e => e.OnSave, EventCallback.Factory.Create<JobScheduleInput>(this, i => _saved = i)));
}
