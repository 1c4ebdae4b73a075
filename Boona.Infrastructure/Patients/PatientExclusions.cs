using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>The patient's own exclusion list (Ausschlussliste), kept from the patient and search pages and the API.</summary>
public sealed class PatientExclusions(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public Task<Result> AddAsync(int patientId, ExclusionInput input, CancellationToken cancellationToken) =>
        PatientChanges.ChangeAsync(contextFactory, patientId, input.Version, async (context, patient) =>
            await TherapistExistsAsync(context, input.TherapistId, cancellationToken)
                ? patient.Exclude(input.TherapistId, input.Reason, clock.GetUtcNow())
                : Result.Failure(UnknownTherapist(input.TherapistId)), cancellationToken);

    /// <summary>Takes the therapist off the list with a reason that is kept; an entry that is not there changes nothing and succeeds.</summary>
    public Task<Result> RemoveAsync(int patientId, ExclusionRemovalInput input, string by, CancellationToken cancellationToken) =>
        PatientChanges.ChangeAsync(
            contextFactory, patientId, input.Version, patient => patient.RemoveExclusion(input.TherapistId, input.Reason, clock.GetUtcNow(), by), cancellationToken);

    /// <summary>Therapists whose last name, "first last" name or postal code starts with the text, for the autocomplete.</summary>
    public async Task<IReadOnlyList<TherapistOption>> FindTherapistsAsync(string? text, int limit, CancellationToken cancellationToken)
    {
        var typed = text?.Trim().ToLowerInvariant() ?? string.Empty;
        if (typed.Length < 2)
        {
            return [];
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(): the database folds the case, no .NET culture is involved.
        var found = await context.Therapists.AsNoTracking()
            .Where(t => t.LastName.ToLower().StartsWith(typed)
                || (t.FirstName + " " + t.LastName).ToLower().StartsWith(typed)
                || t.PostalCode.Value.StartsWith(typed))
#pragma warning restore CA1304, CA1311, CA1862
            .OrderBy(t => t.LastName).ThenBy(t => t.FirstName).ThenBy(t => t.Id)
            .Take(Math.Clamp(limit, 1, 50))
            .Select(t => new { t.Id, t.Title, t.FirstName, t.LastName, PostalCode = t.PostalCode.Value, t.City })
            .ToListAsync(cancellationToken);
        return [.. found.Select(t => new TherapistOption(t.Id, TherapistOption.NameOf(t.Title, t.FirstName, t.LastName), t.PostalCode, t.City))];
    }

    internal static Task<bool> TherapistExistsAsync(BoonaDbContext context, int therapistId, CancellationToken cancellationToken) =>
        context.Therapists.AnyAsync(t => t.Id == therapistId, cancellationToken);

    internal static Error UnknownTherapist(int therapistId) =>
        Error.Invalid("exclusion.therapist.unknown", $"There is no therapist {therapistId}.", "Therapist");
}
