using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.Routing;
using Boona.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Web.Geo;

public sealed class GeoOptionsTests
{
    [Theory]
    [InlineData("Geocoding:Enabled", "true", "Geocoding:BaseUrl")]
    [InlineData("Geocoding:Timeout", "00:00:00", "Geocoding:Timeout")]
    [InlineData("Routing:Enabled", "true", "Routing:BaseUrl")]
    [InlineData("PostalCodes:AllowedHosts:0", "https://download.geonames.org/", "PostalCodes:AllowedHosts")]
    [InlineData("PostalCodes:ImportFolder", "imports", "PostalCodes:ImportFolder")]
    [InlineData("PostalCodes:ImportFolder", "/no/such/folder", "PostalCodes:ImportFolder")]
    [InlineData("PostalCodes:MaxFileBytes", "0", "PostalCodes:MaxFileBytes")]
    [InlineData("PostalCodes:MaxLineLength", "10", "PostalCodes:MaxLineLength")]
    public async Task A_bad_setting_stops_the_start_with_a_clear_message(string key, string value, string named)
    {
        await using var app = new BoonaAppFactory(seedDemoData: false).WithWebHostBuilder(b => b.UseSetting(key, value));

        var failure = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains(named, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task By_default_nothing_leaves_the_machine()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false);
        using var client = app.CreateClient();

        Assert.False(app.Services.GetRequiredService<IOptions<Boona.Infrastructure.Geo.Geocoding.GeocodingOptions>>().Value.Enabled);
        Assert.IsType<NoRouting>(app.Services.GetRequiredService<IRoutingService>());
    }

    [Fact]
    public async Task A_configured_routing_service_replaces_the_straight_line_default()
    {
        await using var app = new BoonaAppFactory(seedDemoData: false).WithWebHostBuilder(b => b
            .UseSetting("Routing:Enabled", "true")
            .UseSetting("Routing:BaseUrl", "http://127.0.0.1:5000/"));
        using var client = app.CreateClient();

        Assert.IsType<OsrmRoutingService>(app.Services.GetRequiredService<IRoutingService>());
    }
}
