using AngleSharp.Dom;
using Boona.Domain.Common;
using Boona.Web.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components;

namespace Boona.Tests.Web.Shared;

/// <summary>The phone-hours (and free-times) editor: rows in, a valid pattern out, German messages at the field.</summary>
public sealed class WeeklyWindowsEditorTests : BoonaComponentContext
{
    private WeeklyWindows? _emitted;
    private bool? _valid;

    [Fact]
    public void Existing_windows_are_shown_one_row_each()
    {
        var editor = Render(WeeklyWindows.FromStorage("Mo 09:00-10:00; Mi 14:00-15:30"));

        var rows = editor.FindAll("[data-testid=weekly-window-row]");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["09:00", "10:00"], TimeInputs(rows[0]).Select(i => i.GetAttribute("value")));
        Assert.Equal(["14:00", "15:30"], TimeInputs(rows[1]).Select(i => i.GetAttribute("value")));
        Assert.Contains("Mittwoch", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_windows_the_editor_says_so()
    {
        var editor = Render(WeeklyWindows.Empty);

        Assert.Contains("Keine Zeitfenster eingetragen.", editor.Find("[data-testid=weekly-windows-empty]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_added_row_with_valid_times_becomes_part_of_the_pattern()
    {
        var editor = Render(WeeklyWindows.FromStorage("Mo 09:00-10:00"));

        editor.Find("[data-testid=weekly-window-add] ").Click();
        Type(editor, 1, 0, "14:00");
        Type(editor, 1, 1, "15:30");

        Assert.Equal("Mon 09:00-10:00; Tue 14:00-15:30", _emitted?.ToString());
        Assert.True(editor.Instance.IsValid);
    }

    [Fact]
    public void A_window_ending_before_it_starts_is_refused_with_a_message_at_the_end_field()
    {
        var editor = Render(WeeklyWindows.FromStorage("Mo 09:00-10:00"));

        Type(editor, 0, 1, "08:00");

        Assert.Null(_emitted);
        Assert.False(_valid);
        Assert.Contains("Das Zeitfenster endet vor seinem Beginn.", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_rows_are_refused_until_one_is_removed()
    {
        var editor = Render(WeeklyWindows.FromStorage("Mo 09:00-10:00; Mo 11:00-12:00; Fr 08:00-09:00"));

        Type(editor, 1, 0, "09:30");
        Assert.Contains("Zwei Zeitfenster überschneiden sich.", editor.Markup, StringComparison.Ordinal);
        Assert.False(_valid);
        Assert.Null(_emitted);

        editor.FindAll("[data-testid=weekly-window-remove]")[1].Click();

        Assert.True(_valid);
        Assert.Equal("Mon 09:00-10:00; Fri 08:00-09:00", _emitted?.ToString());
        Assert.DoesNotContain("überschneiden", editor.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_time_is_refused()
    {
        var editor = Render(WeeklyWindows.FromStorage("Mo 09:00-10:00"));

        Type(editor, 0, 0, "9 Uhr");

        Assert.False(_valid);
        Assert.Contains("Bitte eine Uhrzeit wie 09:00 eingeben.", editor.Markup, StringComparison.Ordinal);
    }

    /// <summary>Finds the input afresh: every change re-renders the rows.</summary>
    private static void Type(IRenderedComponent<WeeklyWindowsEditor> editor, int row, int input, string value) =>
        TimeInputs(editor.FindAll("[data-testid=weekly-window-row]")[row])[input].Change(value);

    private static IElement[] TimeInputs(IElement row) => [.. row.QuerySelectorAll("input[type=time]")];

    private IRenderedComponent<WeeklyWindowsEditor> Render(WeeklyWindows value) =>
        Render<WeeklyWindowsEditor>(p => p
            .Add(e => e.Value, value)
            .Add(e => e.ValueChanged, EventCallback.Factory.Create<WeeklyWindows>(this, w => _emitted = w))
            .Add(e => e.ValidChanged, EventCallback.Factory.Create<bool>(this, v => _valid = v)));
}
