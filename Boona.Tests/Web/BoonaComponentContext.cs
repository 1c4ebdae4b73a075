using System.Globalization;
using Boona.Web;
using Bunit;
using Microsoft.AspNetCore.Components.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Boona.Tests.Web;

/// <summary>
/// bUnit with what Boona's components expect: MudBlazor services (loose JS interop, no transitions),
/// localization and error messages, persistent component state, German culture.
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

        // Pages that show patients record the view and hand it from prerender to the interactive render. Registered
        // as a factory: bUnit's own helper resolves services at once, before the derived contexts add theirs.
        Services.AddSingleton(sp => ActivatorUtilities.CreateInstance<ComponentStatePersistenceManager>(
            sp, Microsoft.Extensions.Logging.Abstractions.NullLogger<ComponentStatePersistenceManager>.Instance).State);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
    }
}
