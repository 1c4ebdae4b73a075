using System.Linq.Expressions;
using Boona.Domain.Common;
using Boona.Infrastructure.Geo.Geocoding;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.Refresh;

/// <summary>
/// Locates every therapist and patient without a location (new, or the address changed, which clears it), in
/// batches by id. With geocoding on it also asks again for those left on the postal-code centroid although they
/// have a street: the service may have been down, or geocoding off, when they were located. Addresses the
/// service did not find are cached, so asking again costs no request. A location that comes out the same is not
/// written, so a coordinator's open edit is not disturbed.
/// </summary>
public sealed class LocationRefresher(IDbContextFactory<BoonaDbContext> contextFactory, IGeocoder geocoder, IOptions<GeocodingOptions> options)
{
    public async Task RefreshAsync(JobProgress progress, CancellationToken cancellationToken)
    {
        var retry = options.Value.Enabled;
        Expression<Func<Domain.Therapists.Therapist, bool>> therapistDue = t =>
            t.Location == null || (retry && t.Street != null && t.Location.Source == LocationSource.PostalCodeCentroid);
        Expression<Func<Domain.Patients.Patient, bool>> patientDue = p =>
            p.Location == null || (retry && p.Street != null && p.Location.Source == LocationSource.PostalCodeCentroid);
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var therapists = await context.Therapists.CountAsync(therapistDue, cancellationToken);
            var patients = await context.Patients.CountAsync(patientDue, cancellationToken);
            progress.SetTotal(therapists + patients);
        }

        await RefreshAsync(
            c => c.Therapists, therapistDue, t => t.Id, t => new GeoAddress(t.Street, t.PostalCode.Value, t.City), t => t.Location, (t, l) => t.SetLocation(l), "Therapist", progress, cancellationToken);
        await RefreshAsync(
            c => c.Patients, patientDue, p => p.Id, p => new GeoAddress(p.Street, p.PostalCode.Value, p.City), p => p.Location, (p, l) => p.SetLocation(l), "Patient", progress, cancellationToken);
    }

    private async Task RefreshAsync<T>(
        Func<BoonaDbContext, DbSet<T>> set,
        Expression<Func<T, bool>> due,
        Expression<Func<T, int>> id,
        Func<T, GeoAddress> address,
        Func<T, Location?> current,
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
            var batch = await set(context).Where(due).Where(e => e.Id > lastId).OrderBy(id).Take(options.Value.BatchSize).ToListAsync(cancellationToken);
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
                    if (location != current(batch[i]))
                    {
                        locate(batch[i], location);
                    }
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
