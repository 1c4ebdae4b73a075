using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Patients;

/// <summary>The patient's own exclusion list (Ausschlussliste), kept from the patient page.</summary>
public sealed class PatientExclusions(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<Result> AddAsync(int patientId, int therapistId, string? reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(new Error("exclusion.reason.required", "An exclusion needs a reason.", "Reason"));
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure(PatientErrors.NotFound(patientId));
        }

        if (!await context.Therapists.AnyAsync(t => t.Id == therapistId, cancellationToken))
        {
            return Result.Failure(new Error("exclusion.therapist.unknown", $"There is no therapist {therapistId}.", "Therapist"));
        }

        if (patient.Excludes(therapistId))
        {
            return Result.Failure(new Error("exclusion.exists", "This therapist is already on the exclusion list.", "Therapist"));
        }

        patient.Exclude(therapistId, reason.Trim(), clock.GetUtcNow());
        return await PatientCommands.SaveAsync(context, cancellationToken);
    }

    /// <summary>Removing an entry that is not there changes nothing and succeeds.</summary>
    public async Task<Result> RemoveAsync(int patientId, int therapistId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return Result.Failure(PatientErrors.NotFound(patientId));
        }

        patient.RemoveExclusion(therapistId);
        return await PatientCommands.SaveAsync(context, cancellationToken);
    }

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
}
