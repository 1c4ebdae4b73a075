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

        services.AddHttpClient(PostalCodeSource.HttpClientName, c => c.Timeout = TimeSpan.FromMinutes(10));
        services.AddTransient<PostalCodeImporter>();
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
}
