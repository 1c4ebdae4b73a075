using System.Globalization;
using Boona.Domain.Common;
using Boona.Infrastructure.Geo;
using Boona.Web.Components.Shared.Geo;
using Bunit;

namespace Boona.Tests.Web.Geo;

public sealed class LocationComponentsTests : BoonaComponentContext
{
    [Theory]
    [InlineData(LocationSource.Address, "Adresse")]
    [InlineData(LocationSource.PostalCodeCentroid, "Postleitzahl-Mittelpunkt")]
    [InlineData(LocationSource.Manual, "manuell")]
    public void A_location_shows_its_coordinates_and_where_they_came_from(LocationSource source, string label)
    {
        var view = Render<LocationView>(p => p.Add(v => v.Location, new Location(50.9375, 6.9603, source)));

        Assert.Contains("50,9375° N, 6,9603° O", view.Markup, StringComparison.Ordinal);
        Assert.Equal(label, view.Find(".boona-location-source").TextContent.Trim());
    }

    [Fact]
    public void A_missing_location_says_so_and_who_will_find_it()
    {
        var view = Render<LocationView>(p => p.Add(v => v.ShowHint, true));

        Assert.Contains("Standort unbekannt", view.Markup, StringComparison.Ordinal);
        Assert.Contains("Standorte ermitteln", view.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void In_English_the_source_and_compass_point_are_English()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var view = Render<LocationView>(p => p.Add(v => v.Location, new Location(50.9375, 6.9603, LocationSource.PostalCodeCentroid)));

        Assert.Contains("50.9375° N, 6.9603° E", view.Markup, StringComparison.Ordinal);
        Assert.Equal("Postal-code centroid", view.Find(".boona-location-source").TextContent.Trim());
    }

    [Fact]
    public void A_route_by_car_wins_over_the_straight_line()
    {
        var view = Render<DistanceView>(p => p
            .Add(v => v.Route, new Route(17.35, TimeSpan.FromSeconds(1260)))
            .Add(v => v.Km, 12.7));

        Assert.Equal("17 km mit dem Auto, etwa 21 min", view.Find(".boona-distance").TextContent);
    }

    [Fact]
    public void Two_locations_give_the_straight_line_between_them()
    {
        var cologne = new Location(50.9387, 6.9547, LocationSource.Address);
        var bruehl = new Location(50.8293, 6.9050, LocationSource.PostalCodeCentroid);

        var view = Render<DistanceView>(p => p.Add(v => v.From, cologne).Add(v => v.To, bruehl));

        Assert.Equal("13 km Luftlinie", view.Find(".boona-distance").TextContent);
    }

    [Fact]
    public void Without_both_ends_the_distance_is_unknown() =>
        Assert.Equal("Entfernung unbekannt", Render<DistanceView>(p => p.Add(v => v.From, new Location(50, 7, LocationSource.Address))).Find(".boona-distance").TextContent);

    [Theory]
    [InlineData(7.26, "7,3 km")]
    [InlineData(64.4, "64 km")]
    [InlineData(1234.4, "1.234 km")]
    public void Kilometres_keep_a_decimal_only_when_short(double km, string expected) => Assert.Equal(expected, GeoFormat.Kilometres(km));

    [Theory]
    [InlineData(20, "1 min")]
    [InlineData(1260, "21 min")]
    [InlineData(3900, "1 h 05 min")]
    public void Travel_times_read_in_minutes_and_hours(int seconds, string expected) => Assert.Equal(expected, GeoFormat.Duration(TimeSpan.FromSeconds(seconds)));
}
