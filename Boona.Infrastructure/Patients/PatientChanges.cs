using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>
/// The one load–change–save of the patient aggregate: the patient or a not-found error; a stale
/// <c>expectedVersion</c> (read before, or changed by someone else while saving) is <see cref="Error.Concurrency"/>;
/// the change is the domain's answer, and nothing is saved when it refuses.
/// </summary>
internal static class PatientChanges
{
    public static async Task<Result> ChangeAsync(
        IDbContextFactory<BoonaDbContext> contextFactory, int patientId, int? expectedVersion, Func<BoonaDbContext, Patient, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure(PatientErrors.NotFound(patientId));
        }

        if (expectedVersion is { } version)
        {
            if (patient.Version != version)
            {
                return Result.Failure(Error.Concurrency());
            }

            context.Entry(patient).Property(p => p.Version).OriginalValue = version;
        }

        var changed = await change(context, patient);
        return changed.IsSuccess ? await SaveAsync(context, cancellationToken) : changed;
    }

    public static Task<Result> ChangeAsync(
        IDbContextFactory<BoonaDbContext> contextFactory, int patientId, int? expectedVersion, Func<Patient, Result> change, CancellationToken cancellationToken) =>
        ChangeAsync(contextFactory, patientId, expectedVersion, (_, patient) => Task.FromResult(change(patient)), cancellationToken);

    /// <summary>Saves; a write over someone else's is <see cref="Error.Concurrency"/>.</summary>
    public static async Task<Result> SaveAsync(BoonaDbContext context, CancellationToken cancellationToken)
    {
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(Error.Concurrency());
        }
    }
}
