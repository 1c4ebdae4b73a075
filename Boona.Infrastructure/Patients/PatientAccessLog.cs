using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>One line of a patient's access log.</summary>
public sealed record PatientAccessEntry(string UserName, DateTimeOffset At);

/// <summary>
/// Records who opened a patient record and when, and lists it for admins. The UI only offers the
/// list to admins and checks the role before calling <see cref="ListAsync"/>.
/// </summary>
public sealed class PatientAccessLog(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task RecordAsync(int patientId, string userId, string userName, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.PatientAccesses.Add(new PatientAccess(patientId, userId, userName, clock.GetUtcNow()));
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
            .Select(a => new PatientAccessEntry(a.UserName, a.At))
            .ToListAsync(cancellationToken);
        return new Paged<PatientAccessEntry>(items, await accesses.CountAsync(cancellationToken));
    }
}
