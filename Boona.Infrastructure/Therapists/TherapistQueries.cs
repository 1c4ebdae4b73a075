using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Therapists;

/// <summary>Reads of the therapist directory for the list, the detail page and the forms.</summary>
public sealed class TherapistQueries(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
{
    /// <summary>One page of the filtered, sorted list and the total count, both computed in the database.</summary>
    public async Task<TherapistListPage> ListAsync(TherapistListQuery query, CancellationToken cancellationToken)
    {
        var availability = await AvailabilityAsync(cancellationToken);
        var isAvailable = availability.Predicate();
        var pageSize = Math.Clamp(query.PageSize, 1, TherapistListQuery.MaxPageSize);
        var page = Math.Max(0, query.Page);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var filtered = context.Therapists.AsNoTracking().Apply(query, availability, clock.Today());
        var total = await filtered.CountAsync(cancellationToken);
        var rows = await filtered.Sort(query.Sort, query.Descending)
            .Skip(page * pageSize)
            .Take(pageSize)
            .Select(ListRow.Projection(isAvailable))
            .ToListAsync(cancellationToken);
        return new TherapistListPage(rows, total);
    }

    /// <summary>The therapist for a form or the detail page, untracked; null when unknown.</summary>
    public async Task<Therapist?> FindAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Therapists.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
    }

    /// <summary>Everything the detail page shows, in a fixed number of queries.</summary>
    public async Task<TherapistDetail?> GetDetailAsync(int id, CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapist = await context.Therapists.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (therapist is null)
        {
            return null;
        }

        var history = await TherapistHistory.LoadAsync(context, id, cancellationToken);
        var available = therapist.IsAvailable(now, options.AvailabilityExpiry, TherapistAvailability.At(now, clock.Today(), options).HorizonEnd);
        return new TherapistDetail(therapist, available, history.Emails, history.Calls, history.Inquiries, history.StatusChanges);
    }

    /// <summary>The status history, newest first; null when the therapist is unknown.</summary>
    public async Task<IReadOnlyList<TherapistStatusChange>?> StatusChangesAsync(int id, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Therapists.AnyAsync(t => t.Id == id, cancellationToken)
            ? await TherapistHistory.StatusChangesAsync(context, id, cancellationToken)
            : null;
    }

    private async Task<TherapistAvailability> AvailabilityAsync(CancellationToken cancellationToken) =>
        TherapistAvailability.At(clock.GetUtcNow(), clock.Today(), await settings.GetAsync(cancellationToken));
}
