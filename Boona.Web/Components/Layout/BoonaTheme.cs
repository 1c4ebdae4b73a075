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
        },
    };
}
