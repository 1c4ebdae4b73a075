using Boona.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Boona.Infrastructure.Persistence;

/// <summary>One stored value no language of the catalogue is named by: whose it was and what it said.</summary>
public sealed record UnmappedLanguage(string Owner, int Id, string Value);

/// <summary>What one run of <see cref="StoredLanguageMapping"/> changed.</summary>
public sealed record LanguageMappingReport(int TherapistsChanged, int PatientsChanged, IReadOnlyList<UnmappedLanguage> Unmapped);

/// <summary>
/// Languages stored before they were codes — a therapist's free text such as „englisch“ or „Türkisch“, a code in capitals —
/// become codes of <see cref="LanguageCatalog"/>, through the domain's own parse (<see cref="Languages.MapStored"/>). A value
/// that names no language is taken out of the list and kept on the record (<c>UnmappedLanguages</c>, shown on the
/// therapist's or patient's page for a coordinator to pick again) and logged as a warning with the record's id.
/// Runs at every start after the migrations: it finds only records holding a value that is not a code, so once the old
/// values are mapped it changes nothing (idempotent), and a database restored from an old backup is mapped again.
/// </summary>
public sealed class StoredLanguageMapping(IDbContextFactory<BoonaDbContext> contextFactory, ILogger<StoredLanguageMapping> logger)
{
    public async Task<LanguageMappingReport> RunAsync(CancellationToken cancellationToken)
    {
        string[] codes = [.. LanguageCatalog.All.Select(l => l.Code)];
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapists = await context.Therapists.Where(t => t.Languages.Any(l => !codes.Contains(l))).ToListAsync(cancellationToken);
        var patients = await context.Patients.Where(p => p.RequiredLanguages.Any(l => !codes.Contains(l))).ToListAsync(cancellationToken);
        if (therapists.Count == 0 && patients.Count == 0)
        {
            return new LanguageMappingReport(0, 0, []);
        }

        var unmapped = new List<UnmappedLanguage>();
        unmapped.AddRange(therapists.SelectMany(t => t.MapStoredLanguages().Select(v => new UnmappedLanguage("Therapist", t.Id, v))));
        unmapped.AddRange(patients.SelectMany(p => p.MapStoredLanguages().Select(v => new UnmappedLanguage("Patient", p.Id, v))));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another instance starting at the same time mapped (or someone saved) these records first: nothing is lost.
            logger.LogInformation("Stored languages were changed meanwhile; the next start maps what is left");
            return new LanguageMappingReport(0, 0, []);
        }

        foreach (var value in unmapped)
        {
            logger.LogWarning(
                "{Owner} {Id}: the stored language {Value} names no language of the list; kept on the record for a coordinator to pick again",
                value.Owner, value.Id, value.Value);
        }

        logger.LogInformation(
            "Stored languages mapped to codes: {Therapists} therapist(s), {Patients} patient(s), {Unmapped} value(s) not mapped",
            therapists.Count, patients.Count, unmapped.Count);
        return new LanguageMappingReport(therapists.Count, patients.Count, unmapped);
    }
}
