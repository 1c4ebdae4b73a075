using System.Globalization;
using System.Text.Json;
using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Routing;

/// <summary>
/// Car routes from an OSRM-compatible table service (<c>/table/v1/{profile}/…?sources=0</c>), one request
/// per batch of destinations, cached in the database so a trip is asked once.
/// </summary>
public sealed class OsrmRoutingService(
    HttpClient http,
    IOptions<RoutingOptions> options,
    IDbContextFactory<BoonaDbContext> contextFactory,
    TimeProvider clock,
    ILogger<OsrmRoutingService> logger) : IRoutingService
{
    public bool IsEnabled => true;

    public async Task<IReadOnlyList<Route?>> GetCarRoutesAsync(GeoPoint origin, IReadOnlyList<GeoPoint> destinations, CancellationToken cancellationToken)
    {
        var keys = destinations.Select(d => RouteCacheEntry.KeyOf(origin, d)).ToList();
        var known = await FindAsync(keys, cancellationToken);
        var missing = Enumerable.Range(0, destinations.Count).Where(i => !known.ContainsKey(keys[i])).ToList();
        foreach (var chunk in missing.Chunk(options.Value.MaxDestinationsPerRequest))
        {
            var answered = await RequestAsync(origin, [.. chunk.Select(i => destinations[i])], cancellationToken);
            if (answered is null)
            {
                continue;
            }

            var entries = chunk.Select((index, n) => Entry(keys[index], answered[n])).DistinctBy(e => e.Key).Where(e => !known.ContainsKey(e.Key)).ToList();
            await StoreAsync(entries, cancellationToken);
            entries.ForEach(e => known[e.Key] = e);
        }

        return [.. keys.Select(k => known.TryGetValue(k, out var entry) ? entry.ToRoute() : null)];
    }

    /// <summary>The routes in destination order (null: unreachable), or null when the service did not answer.</summary>
    private async Task<IReadOnlyList<Route?>?> RequestAsync(GeoPoint origin, IReadOnlyList<GeoPoint> destinations, CancellationToken cancellationToken)
    {
        var coordinates = string.Join(';', new[] { origin }.Concat(destinations).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.Longitude:F6},{p.Latitude:F6}")));
        var uri = new Uri(BaseUrl(), $"table/v1/{options.Value.Profile}/{coordinates}?sources=0&annotations=duration,distance");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.Timeout);
        try
        {
            using var response = await http.GetAsync(uri, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("Routing service answered {Status}; straight-line distances are used meanwhile", (int)response.StatusCode);
                return null;
            }

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: timeout.Token);
            return OsrmTable.Parse(json.RootElement, destinations.Count);
        }
        catch (Exception exception) when (exception is HttpRequestException or JsonException or OsrmTableException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogWarning(exception, "Routing service failed; straight-line distances are used meanwhile");
            return null;
        }
    }

    private Uri BaseUrl()
    {
        var url = options.Value.BaseUrl!;
        return url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
    }

    private RouteCacheEntry Entry(string key, Route? route) => new()
    {
        Key = key,
        DistanceKm = route?.DistanceKm,
        DurationSeconds = route?.Duration.TotalSeconds,
        CreatedAt = clock.GetUtcNow(),
    };

    private async Task<Dictionary<string, RouteCacheEntry>> FindAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.RouteCache.AsNoTracking().Where(e => wanted.Contains(e.Key)).ToDictionaryAsync(e => e.Key, StringComparer.Ordinal, cancellationToken);
    }

    private async Task StoreAsync(IReadOnlyList<RouteCacheEntry> entries, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.RouteCache.AddRange(entries);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception)
        {
            // Another request cached some of these trips first; the next call reads theirs.
            logger.LogDebug(exception, "Route cache entries were stored concurrently");
        }
    }
}
