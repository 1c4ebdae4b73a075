using System.Diagnostics;
using Boona.Benchmarks.Common;
using Boona.Benchmarks.TherapistList;
using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Benchmarks.Matching;

/// <summary>
/// Fills a scratch database for the matching benchmark: the therapist directory (with preferences on some),
/// searching patients with active searches, exclusions, and open inquiries so that every rule has data to bite on.
/// </summary>
public static class MatchingData
{
    private const int Batch = 2_500;

    public static async Task<TimeSpan> FillAsync(BenchmarkDatabase database, IReadOnlyList<ZipCodePlace> places, int therapists, int searches, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var factory = database.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        var now = TimeProvider.System.GetUtcNow();
        var today = BoonaTime.ToLocalDate(now);
        var random = new Random(20261128);
        var byRegion = new Dictionary<string, List<int>>();
        foreach (var batch in new TherapistGenerator(places, now, today).Generate(therapists).Chunk(Batch))
        {
            foreach (var therapist in batch.Where(_ => random.NextDouble() < 0.25))
            {
                therapist.SetPreferences([Icd10Prefix.Parse(random.NextDouble() < 0.5 ? "F3" : "F4")], random.NextDouble() < 0.3 ? 25 : null, random.NextDouble() < 0.2 ? 60 : null, null, random.NextDouble() < 0.1);
            }

            await SaveAsync(factory, batch, cancellationToken);
            foreach (var therapist in batch)
            {
                Region(byRegion, therapist.PostalCode).Add(therapist.Id);
            }
        }

        var patients = new PatientGenerator(places, now, today).Generate(searches).ToList();
        foreach (var batch in patients.Chunk(Batch))
        {
            foreach (var patient in batch.Where(_ => random.NextDouble() < 0.05))
            {
                patient.Exclude(PickTherapist(random, byRegion, patient.PostalCode) ?? 1, "Früher schlechte Erfahrung", now);
            }

            await SaveAsync(factory, batch, cancellationToken);
        }

        var activeSearches = patients.Select(p => PlacementSearch.Start(p.Id, now.AddDays(-random.Next(1, 120)))).ToList();
        await SaveAllAsync(factory, activeSearches, cancellationToken);
        await SaveAllAsync(factory, OpenInquiries(random, byRegion, patients.Zip(activeSearches).ToList(), now), cancellationToken);

        await using (var context = await factory.CreateDbContextAsync(cancellationToken))
        {
            await context.Database.ExecuteSqlRawAsync("ANALYZE", cancellationToken);
        }

        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>About a third of the searches wait in an open inquiry to a therapist of their region; most of those are sent.</summary>
    private static IEnumerable<Inquiry> OpenInquiries(Random random, Dictionary<string, List<int>> byRegion, List<(Boona.Domain.Patients.Patient Patient, PlacementSearch Search)> searches, DateTimeOffset now)
    {
        foreach (var (patient, search) in searches.Where(_ => random.NextDouble() < 0.33))
        {
            if (PickTherapist(random, byRegion, patient.PostalCode) is not { } therapistId)
            {
                continue;
            }

            var inquiry = Inquiry.Compose(therapistId, ContactChannel.Email, [(search.Id, patient.Id)], 6, now.AddDays(-random.Next(1, 20)));
            if (random.NextDouble() < 0.7)
            {
                inquiry.MarkSent(inquiry.CreatedAt.AddHours(1));
            }

            yield return inquiry;
        }
    }

    private static int? PickTherapist(Random random, Dictionary<string, List<int>> byRegion, PostalCode postalCode) =>
        byRegion.TryGetValue(postalCode.Region(2), out var ids) && ids.Count > 0 ? ids[random.Next(ids.Count)] : null;

    private static List<int> Region(Dictionary<string, List<int>> byRegion, PostalCode postalCode)
    {
        var region = postalCode.Region(2);
        if (!byRegion.TryGetValue(region, out var ids))
        {
            byRegion[region] = ids = [];
        }

        return ids;
    }

    private static async Task SaveAllAsync<T>(IDbContextFactory<BoonaDbContext> factory, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        foreach (var batch in entities.Chunk(Batch))
        {
            await SaveAsync(factory, batch, cancellationToken);
        }
    }

    private static async Task SaveAsync<T>(IDbContextFactory<BoonaDbContext> factory, T[] batch, CancellationToken cancellationToken)
        where T : class
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        context.AddRange(batch);
        await context.SaveChangesAsync(cancellationToken);
    }
}
