using System.Globalization;
using Boona.Web;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Boona.Tests.Web;

/// <summary>
/// bUnit with what Boona's components expect: MudBlazor services (loose JS interop, no transitions),
/// localization and error messages, German culture.
/// </summary>
public class BoonaComponentContext : BunitContext
{
    public BoonaComponentContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices(options =>
        {
            options.SnackbarConfiguration.ShowTransitionDuration = 0;
            options.PopoverOptions.CheckForPopoverProvider = false;
        });
        Services.AddLocalization();
        Services.AddScoped<ErrorMessages>();
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
    }
}
