using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Boona.Web.Security;
using Microsoft.AspNetCore.Localization;

namespace Boona.Web;

/// <summary>
/// German first, English as the second language for the texts; the choice is kept in the standard culture cookie.
/// Dates and numbers stay de-DE in either language: the data is German (dd.MM.yyyy, decimal comma), and a
/// coordinator reading English should not see 11/26/2026 next to a German postal address.
/// </summary>
internal static class Localization
{
    public static readonly CultureInfo[] Cultures = [new("de-DE"), new("en")];

    private static readonly CultureInfo Formatting = Cultures[0];

    public static IServiceCollection AddBoonaLocalization(this IServiceCollection services)
    {
        services.AddLocalization();

        // German text goes out as UTF-8 characters, not as &#xFC; escapes: smaller pages, readable sources.
        services.AddWebEncoders(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddScoped<ErrorMessages>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture(Cultures[0]);
            options.SupportedCultures = [Formatting];
            options.SupportedUICultures = Cultures;
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        return services;
    }

    /// <summary><c>/culture?culture=en&amp;redirectUri=/patients</c> stores the choice and returns to the page.</summary>
    public static RouteHandlerBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/culture", (string culture, string? redirectUri, HttpContext context) =>
        {
            var chosen = Cultures.FirstOrDefault(c => c.Name == culture) ?? Cultures[0];
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(Formatting, chosen)),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax });
            // Only local paths: the switch must not become an open redirect (nor is "/\evil", which browsers read as "//evil").
            return Results.LocalRedirect(LocalUrl.OrHome(redirectUri));
        });
}
