using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace Boona.Tests.Infrastructure.Geo;

/// <summary>A geocoder wired as the app wires it, against a loopback "Nominatim" and a test database.</summary>
internal static class GeocoderFixture
{
    public const string Contact = "geo@boona.test";

    public static readonly GeoAddress Cologne = new("Hohe Straße 1", "50667", "Köln");

    public static GeocodingOptions Options(Uri baseUrl) => new()
    {
        Enabled = true,
        BaseUrl = baseUrl,
        ContactEmail = Contact,
        Timeout = TimeSpan.FromSeconds(5),
        MaxRetries = 2,
        RetryBaseDelay = TimeSpan.FromMilliseconds(200),
    };

    public static Geocoder Create(TestDatabase database, GeocodingOptions options, RequestPacer? pacer = null)
    {
        var wrapped = Microsoft.Extensions.Options.Options.Create(options);
        var http = new HttpClient { Timeout = Timeout.InfiniteTimeSpan };
        http.DefaultRequestHeaders.UserAgent.ParseAdd($"Boona/1.0 (+mailto:{options.ContactEmail})");
        var client = new NominatimClient(http, pacer ?? new RequestPacer(TimeProvider.System), wrapped, TimeProvider.System, NullLogger<NominatimClient>.Instance);
        return new Geocoder(wrapped, new GeocodeCache(database.Factory, TimeProvider.System), new PostalCodeQueries(database.Factory), client);
    }

    /// <summary>Centroids for 50667 Köln and 52062 Aachen.</summary>
    public static async Task SeedCentroidsAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        context.PostalCodes.AddRange(
            new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", Latitude = 50.9387, Longitude = 6.9547 },
            new PostalCodeCentroid { Code = "52062", Place = "Aachen", State = "Nordrhein-Westfalen", Latitude = 50.7766, Longitude = 6.0834 });
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    public const string Found = """[{"place_id":1,"lat":"50.9375","lon":"6.9603","display_name":"Hohe Straße 1, Köln"}]""";
}
