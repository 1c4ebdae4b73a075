using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>One line of a patient's access log.</summary>
public sealed record PatientAccessEntry(string UserName, DateTimeOffset At, PatientAccessKind Kind, string? Detail);

/// <summary>Who looks: a staff account or an API key, as the log keeps it.</summary>
public sealed record PatientAccessor(string Id, string Name);

/// <summary>
/// Records who saw which patients' data, when and where, and lists it for admins. The UI only offers the
/// list to admins and checks the role before calling <see cref="ListAsync"/>.
/// </summary>
public sealed class PatientAccessLog(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public Task RecordAsync(int patientId, PatientAccessor accessor, CancellationToken cancellationToken) =>
        RecordAsync([patientId], accessor, PatientAccessKind.Record, null, cancellationToken);

    /// <summary>One row per patient shown, written together: a list page costs one round trip, not one per row.</summary>
    public async Task RecordAsync(IReadOnlyCollection<int> patientIds, PatientAccessor accessor, PatientAccessKind kind, string? detail, CancellationToken cancellationToken)
    {
        if (patientIds.Count == 0)
        {
            return;
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var at = clock.GetUtcNow();
        context.PatientAccesses.AddRange(patientIds.Distinct().Select(id => new PatientAccess(id, accessor.Id, accessor.Name, at, kind, detail)));
        await context.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Newest first.</summary>
    public async Task<Paged<PatientAccessEntry>> ListAsync(int patientId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var accesses = context.PatientAccesses.AsNoTracking().Where(a => a.PatientId == patientId);
        var (skip, take) = Paged<PatientAccessEntry>.Window(page, pageSize);
        var items = await accesses.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(skip).Take(take)
            .Select(a => new PatientAccessEntry(a.UserName, a.At, a.Kind, a.Detail))
            .ToListAsync(cancellationToken);
        return new Paged<PatientAccessEntry>(items, await accesses.CountAsync(cancellationToken));
    }
}
