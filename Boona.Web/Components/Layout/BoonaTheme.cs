using MudBlazor;

namespace Boona.Web.Components.Layout;

internal static class BoonaTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#2E6B5E",
            Secondary = "#C7773A",
            AppbarBackground = "#2E6B5E",

            // MudBlazor's default status colours fail WCAG AA contrast (4.5:1) as text and as chip backgrounds under
            // white text; these darker tones pass on white and on the alerts' tinted backgrounds.
            Info = "#01579B",
            Success = "#1B5E20",
            Warning = "#8A4B00",
            Error = "#B71C1C",
        },
    };
}
