using System.Linq.Expressions;
using Boona.Domain.Common;
using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Refresh;

/// <summary>
/// Locates every therapist and patient without a location (new, or the address changed, which clears
/// it), in batches by id. Idempotent: a second run finds nothing left to do except what could not be
/// located at all (unknown postal code), which it reports as errors again.
/// </summary>
public sealed class LocationRefresher(IDbContextFactory<BoonaDbContext> contextFactory, IGeocoder geocoder, IOptions<GeocodingOptions> options)
{
    public async Task RefreshAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var therapists = await context.Therapists.CountAsync(t => t.Location == null, cancellationToken);
            var patients = await context.Patients.CountAsync(p => p.Location == null, cancellationToken);
            progress.SetTotal(therapists + patients);
        }

        await RefreshAsync(
            c => c.Therapists, t => t.Location == null, t => t.Id, t => new GeoAddress(t.Street, t.PostalCode.Value, t.City), (t, l) => t.SetLocation(l), "Therapist", progress, cancellationToken);
        await RefreshAsync(
            c => c.Patients, p => p.Location == null, p => p.Id, p => new GeoAddress(p.Street, p.PostalCode.Value, p.City), (p, l) => p.SetLocation(l), "Patient", progress, cancellationToken);
    }

    private async Task RefreshAsync<T>(
        Func<BoonaDbContext, DbSet<T>> set,
        Expression<Func<T, bool>> unlocated,
        Expression<Func<T, int>> id,
        Func<T, GeoAddress> address,
        Action<T, Location> locate,
        string kind,
        JobProgress progress,
        CancellationToken cancellationToken)
        where T : VersionedEntity
    {
        var lastId = 0;
        while (true)
        {
            await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
            var batch = await set(context).Where(unlocated).Where(e => e.Id > lastId).OrderBy(id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return;
            }

            lastId = batch[^1].Id;
            var results = await geocoder.LocateAsync([.. batch.Select(address)], cancellationToken);
            for (var i = 0; i < batch.Count; i++)
            {
                if (results[i].Location is { } location)
                {
                    locate(batch[i], location);
                }
                else
                {
                    progress.Error($"{kind} {batch[i].Id}: postal code {address(batch[i]).PostalCode} has no centroid; import the postal codes.");
                }

                if (results[i].Outcome == GeocodeOutcome.LookupFailed)
                {
                    progress.Error($"{kind} {batch[i].Id}: geocoding failed ({results[i].Failure}); the postal-code centroid is used.");
                }
            }

            await SaveAsync(context, progress, kind, cancellationToken);
            progress.Advance(batch.Count);
        }
    }

    /// <summary>Saves the batch; a record a coordinator changed meanwhile keeps the coordinator's version and is skipped.</summary>
    private static async Task SaveAsync(BoonaDbContext context, JobProgress progress, string kind, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                await context.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateConcurrencyException conflict)
            {
                foreach (var entry in conflict.Entries)
                {
                    progress.Note($"{kind} {((Entity)entry.Entity).Id} changed meanwhile; it is located on the next run.");
                    entry.State = EntityState.Detached;
                }
            }
        }
    }
}
