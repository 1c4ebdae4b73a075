using System.Globalization;
using Boona.Domain.Common;
using Microsoft.AspNetCore.Components;

namespace Boona.Web.Components.Shared;

public sealed partial class WeeklyWindowsEditor
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    private List<WeeklyWindowRow> _rows = [];
    private WeeklyWindows? _shown;

    /// <summary>The pattern being edited; replaced (via <see cref="ValueChanged"/>) whenever the rows form a valid one.</summary>
    [Parameter]
    public WeeklyWindows Value { get; set; } = WeeklyWindows.Empty;

    [Parameter]
    public EventCallback<WeeklyWindows> ValueChanged { get; set; }

    /// <summary>Raised when the rows become valid or invalid, so that a form can disable its save button.</summary>
    [Parameter]
    public EventCallback<bool> ValidChanged { get; set; }

    [Parameter]
    public string? Label { get; set; }

    [Parameter]
    public bool Disabled { get; set; }

    /// <summary>False while a row has a malformed time, ends before it starts, or overlaps another.</summary>
    public bool IsValid { get; private set; } = true;

    protected override void OnParametersSet()
    {
        // Rebuild only for a value that came from outside; our own valid edits come back as Value too.
        if (!Equals(Value, _shown))
        {
            _rows = [.. Value.Windows.Select(WeeklyWindowRow.From)];
            _shown = Value;
            IsValid = true;
        }
    }

    private static string DayName(DayOfWeek day) => CultureInfo.CurrentCulture.DateTimeFormat.GetDayName(day);

    private string? Describe(Error? error) => error is null ? null : Errors.Describe(error);

    private Task Add()
    {
        var day = _rows.Count == 0 ? DayOfWeek.Monday : MondayFirst[(Array.IndexOf(MondayFirst, _rows[^1].Day) + 1) % 7];
        _rows.Add(new WeeklyWindowRow { Day = day });
        return ValidateAsync();
    }

    private Task Remove(WeeklyWindowRow row)
    {
        _rows.Remove(row);
        return ValidateAsync();
    }

    private Task Change(WeeklyWindowRow row, Action apply)
    {
        apply();
        return ValidateAsync();
    }

    private async Task ValidateAsync()
    {
        var windows = _rows.Select(r => (Row: r, Window: r.Validate())).ToList();
        MarkOverlaps(windows);
        var valid = windows.All(w => w.Window is not null && w.Row.StartError is null);
        if (valid != IsValid)
        {
            IsValid = valid;
            await ValidChanged.InvokeAsync(valid);
        }

        if (valid)
        {
            _shown = WeeklyWindows.Create(windows.Select(w => w.Window!)).Value;
            await ValueChanged.InvokeAsync(_shown);
        }
    }

    /// <summary>The later of two overlapping windows is the one marked: that is usually the row just typed.</summary>
    private static void MarkOverlaps(List<(WeeklyWindowRow Row, TimeWindow? Window)> windows)
    {
        for (var i = 0; i < windows.Count; i++)
        {
            if (windows[i].Window is not { } current)
            {
                continue;
            }

            if (windows.Take(i).Any(w => w.Window is { } earlier && earlier.Overlaps(current)))
            {
                windows[i].Row.StartError = new Error("weekly-windows.overlap", $"{current} overlaps another window.");
            }
        }
    }
}
