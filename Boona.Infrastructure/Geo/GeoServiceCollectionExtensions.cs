using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Geo.Refresh;
using Boona.Infrastructure.Geo.Routing;
using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo;

public static class GeoServiceCollectionExtensions
{
    /// <summary>Postal-code centroids, geocoding (off unless configured), routing (off unless configured) and their jobs.</summary>
    public static IServiceCollection AddBoonaGeo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GeocodingOptions>().BindConfiguration(GeocodingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<GeocodingOptions>, GeocodingOptionsValidator>();
        services.AddOptions<RoutingOptions>().BindConfiguration(RoutingOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();

        services.AddOptions<PostalCodeImportOptions>().BindConfiguration(PostalCodeImportOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PostalCodeImportOptions>, PostalCodeImportOptionsValidator>();
        services.AddPostalCodeHttpClient(Common.PublicAddresses.IsPublic);
        services.AddTransient<PostalCodeDownloader>();
        services.AddTransient<PostalCodeImportFolder>();
        services.AddTransient<PostalCodeFileOpener>();
        services.AddTransient<PostalCodeImporter>();
        services.AddTransient<PostalCodeImportCommands>();
        services.AddTransient<PostalCodeQueries>();
        services.AddBoonaJob<PostalCodeImportJob>(PostalCodeImportJob.Name, null, PostalCodeImportJob.StartPage);

        services.AddSingleton<RequestPacer>();
        services.AddHttpClient<IAddressLookup, NominatimClient>((sp, client) =>
        {
            // Each attempt has its own timeout (Geocoding:Timeout); retries must not be cut by the client's.
            client.Timeout = Timeout.InfiniteTimeSpan;
            var contact = sp.GetRequiredService<IOptions<GeocodingOptions>>().Value.ContactEmail;
            client.DefaultRequestHeaders.UserAgent.ParseAdd(contact is null ? "Boona/1.0" : $"Boona/1.0 (+mailto:{contact})");
        });
        services.AddTransient<GeocodeCache>();
        services.AddTransient<IGeocoder, Geocoder>();
        services.AddTransient<LocationRefresher>();
        services.AddBoonaJob<LocationRefreshJob>(LocationRefreshJob.Name, LocationRefreshJob.Schedule);

        if (configuration.GetSection(RoutingOptions.Section).GetValue<bool>(nameof(RoutingOptions.Enabled)))
        {
            services.AddHttpClient<IRoutingService, OsrmRoutingService>(c => c.Timeout = Timeout.InfiniteTimeSpan);
        }
        else
        {
            services.AddSingleton<IRoutingService, NoRouting>();
        }

        return services;
    }

    /// <summary>
    /// The client for admin-given URLs: connects only where <paramref name="mayConnect"/> allows every address
    /// the host resolves to (the public internet in the app), follows no redirect; the downloader times it.
    /// </summary>
    internal static IServiceCollection AddPostalCodeHttpClient(this IServiceCollection services, Func<System.Net.IPAddress, bool> mayConnect)
    {
        services.AddHttpClient(PostalCodeDownloader.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => Common.PublicAddresses.Handler(mayConnect));
        return services;
    }
}
