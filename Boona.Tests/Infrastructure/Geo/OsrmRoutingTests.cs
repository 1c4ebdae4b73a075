using Boona.Domain.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.Routing;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Infrastructure.Geo;

public sealed class OsrmRoutingTests
{
    private static readonly GeoPoint Cologne = GeoPoint.Of(50.9387, 6.9547);
    private static readonly GeoPoint Bruehl = GeoPoint.Of(50.8293, 6.9050);
    private static readonly GeoPoint Helgoland = GeoPoint.Of(54.1807, 7.8856);

    private const string Table = """
        {"code":"Ok","durations":[[0,1260.4,null]],"distances":[[0,17350.2,null]],
         "sources":[{"location":[6.9547,50.9387]}],"destinations":[{},{},{}]}
        """;

    [Theory, EveryProvider]
    public async Task Car_routes_come_from_the_table_service_and_are_cached(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) => LoopbackHttpServer.WriteJsonAsync(context, Table));
        var routing = Create(database, server.BaseUrl);

        var routes = await routing.GetCarRoutesAsync(Cologne, [Bruehl, Helgoland], TestContext.Current.CancellationToken);
        var again = await Create(database, server.BaseUrl).GetCarRoutesAsync(Cologne, [Helgoland, Bruehl], TestContext.Current.CancellationToken);

        Assert.Equal([new Route(17.3502, TimeSpan.FromSeconds(1260.4)), null], routes);
        Assert.Equal([null, new Route(17.3502, TimeSpan.FromSeconds(1260.4))], again);
        var request = Assert.Single(server.Requests);
        Assert.Equal(
            "/table/v1/driving/6.954700,50.938700;6.905000,50.829300;7.885600,54.180700?sources=0&annotations=duration,distance",
            request.PathAndQuery);
    }

    [Fact]
    public async Task A_failing_service_gives_no_routes_and_caches_nothing()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, n) =>
            n == 1 ? LoopbackHttpServer.WriteJsonAsync(context, "{}", 502) : LoopbackHttpServer.WriteJsonAsync(context, Table));

        var failed = await Create(database, server.BaseUrl).GetCarRoutesAsync(Cologne, [Bruehl, Helgoland], TestContext.Current.CancellationToken);
        var later = await Create(database, server.BaseUrl).GetCarRoutesAsync(Cologne, [Bruehl, Helgoland], TestContext.Current.CancellationToken);

        Assert.Equal([null, null], failed);
        Assert.NotNull(later[0]);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task Many_destinations_are_asked_in_batches()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using var server = await LoopbackHttpServer.StartAsync((context, _) =>
        {
            var destinations = context.Request.Path.Value!.Split('/')[^1].Split(';').Length - 1;
            var row = string.Join(',', Enumerable.Repeat("60", destinations));
            return LoopbackHttpServer.WriteJsonAsync(context, $$"""{"code":"Ok","durations":[[0,{{row}}]],"distances":[[0,{{row}}]]}""");
        });
        var destinations = Enumerable.Range(0, 5).Select(i => GeoPoint.Of(50 + (i / 100.0), 7)).ToList();

        var routes = await Create(database, server.BaseUrl, batch: 2).GetCarRoutesAsync(Cologne, destinations, TestContext.Current.CancellationToken);

        Assert.All(routes, r => Assert.Equal(new Route(0.06, TimeSpan.FromMinutes(1)), r));
        Assert.Equal(3, server.Requests.Count);
    }

    private static OsrmRoutingService Create(TestDatabase database, Uri baseUrl, int batch = 99) =>
        new(
            new HttpClient(),
            Options.Create(new RoutingOptions { Enabled = true, BaseUrl = baseUrl, MaxDestinationsPerRequest = batch }),
            database.Factory,
            TimeProvider.System,
            NullLogger<OsrmRoutingService>.Instance);
}
