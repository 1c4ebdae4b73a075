using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>The database cache of geocoding answers, keyed by <see cref="GeoAddress.CacheKey"/>.</summary>
public sealed class GeocodeCache(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<IReadOnlyDictionary<string, GeocodeCacheEntry>> FindAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Where(k => k.Length <= GeocodeCacheEntry.KeyLength).Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, GeocodeCacheEntry>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.GeocodeCache.AsNoTracking().Where(e => wanted.Contains(e.Key)).ToDictionaryAsync(e => e.Key, StringComparer.Ordinal, cancellationToken);
    }

    public async Task StoreAsync(string key, GeoPoint? point, CancellationToken cancellationToken)
    {
        if (key.Length > GeocodeCacheEntry.KeyLength)
        {
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.GeocodeCache.Add(new GeocodeCacheEntry { Key = key, Latitude = point?.Latitude, Longitude = point?.Longitude, CreatedAt = clock.GetUtcNow() });
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another node cached the same address a moment earlier: its answer is as good as ours.
        }
    }
}
