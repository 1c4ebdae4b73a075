using System.Globalization;
using Boona.Domain.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.Routing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Support;

/// <summary>
/// An OSRM table service on loopback and the app's real client for it. Each destination's route comes from
/// its coordinates, so a test says which patient gets which route without knowing the order of the request.
/// </summary>
internal sealed class OsrmStandIn : IAsyncDisposable
{
    private OsrmStandIn(LoopbackHttpServer server) => Server = server;

    public LoopbackHttpServer Server { get; }

    /// <param name="routeTo">The route from the origin to a destination, or null for "unreachable".</param>
    public static async Task<OsrmStandIn> StartAsync(Func<GeoPoint, Route?> routeTo) =>
        new(await LoopbackHttpServer.StartAsync((context, _) =>
        {
            var destinations = context.Request.Path.Value!.Split('/')[^1].Split(';').Skip(1).Select(Point).Select(routeTo).ToList();
            var durations = Row(destinations.Select(r => r?.Duration.TotalSeconds));
            var distances = Row(destinations.Select(r => r?.DistanceKm * 1000));
            return LoopbackHttpServer.WriteJsonAsync(context, $$"""{"code":"Ok","durations":[{{durations}}],"distances":[{{distances}}]}""");
        }));

    /// <summary>The app's routing service, caching in <paramref name="database"/>, asking this server.</summary>
    public OsrmRoutingService Client(TestDatabase database) =>
        new(
            new HttpClient(),
            Options.Create(new RoutingOptions { Enabled = true, BaseUrl = Server.BaseUrl }),
            database.Factory,
            TimeProvider.System,
            NullLogger<OsrmRoutingService>.Instance);

    public ValueTask DisposeAsync() => Server.DisposeAsync();

    // OSRM writes "longitude,latitude".
    private static GeoPoint Point(string pair)
    {
        var parts = pair.Split(',');
        return GeoPoint.Of(double.Parse(parts[1], CultureInfo.InvariantCulture), double.Parse(parts[0], CultureInfo.InvariantCulture));
    }

    // The origin's own column first, as OSRM answers it.
    private static string Row(IEnumerable<double?> values) =>
        "[" + string.Join(',', new double?[] { 0 }.Concat(values).Select(v => v is { } x ? x.ToString("R", CultureInfo.InvariantCulture) : "null")) + "]";
}
