using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// The therapist aggregate's one load–change–save, for every use case that changes a therapist (the directory's and the
/// cooling override): load by id (unknown: not found), compare the version the caller read (stale: concurrency), let the
/// entity judge and apply the change, save (a write meanwhile: concurrency). Nothing is saved when the entity refuses.
/// </summary>
internal static class TherapistChanges
{
    public static async Task<Result> ApplyAsync(
        IDbContextFactory<BoonaDbContext> contextFactory,
        int id,
        int? version,
        Func<Therapist, Result> change,
        CancellationToken cancellationToken,
        Func<Therapist, CancellationToken, Task>? beforeSave = null)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapist = await context.Therapists.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (therapist is null)
        {
            return Result.Failure(TherapistErrors.NotFound(id));
        }

        if (version is { } expected && therapist.Version != expected)
        {
            return Result.Failure(TherapistErrors.Concurrency);
        }

        var result = change(therapist);
        if (!result.IsSuccess)
        {
            return result;
        }

        if (beforeSave is not null)
        {
            await beforeSave(therapist, cancellationToken);
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(TherapistErrors.Concurrency);
        }

        return Result.Success();
    }
}
