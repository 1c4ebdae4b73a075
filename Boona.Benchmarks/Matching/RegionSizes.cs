using Boona.Benchmarks.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Benchmarks.Matching;

/// <summary>
/// Selection and first answer in one region at one number of active searches: cold (the region cache emptied before
/// each run, as after any change to matching data) and warm (the region kept, only the stamp read).
/// </summary>
public sealed record RegionSizeTiming(int Searches, int Therapists, Measurement Selection, Measurement FirstAnswer, Measurement WarmSelection, Measurement WarmFirstAnswer);

/// <summary>
/// One region (52, Aachen, 500 therapists) with 100, 300 and 1,000 active searches: the comparison the reference
/// system was measured on. "Selection" is entering the region (<see cref="MatchingQueries.LoadRegionAsync"/>);
/// "first answer" adds the candidates of the first contactable therapist, which reads the region's searches. Each cold
/// and warm (see <see cref="RegionSizeTiming"/>).
/// </summary>
public static class RegionSizes
{
    public const string Region = "52";
    public const int Therapists = 500;
    public static readonly int[] SearchCounts = [100, 300, 1_000];

    public static async Task<List<RegionSizeTiming>> MeasureAsync(
        DatabaseProvider provider, string? server, IReadOnlyList<ZipCodePlace> places, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        List<ZipCodePlace> region = [.. places.Where(p => p.PostalCode.StartsWith(Region, StringComparison.Ordinal))];
        var timings = new List<RegionSizeTiming>();
        foreach (var searches in SearchCounts)
        {
            await using var database = await BenchmarkDatabase.CreateAsync(provider, server, cancellationToken);
            await MatchingData.FillAsync(database, region, Therapists, searches, cancellationToken);
            var matching = database.Services.GetRequiredService<MatchingQueries>();
            var cache = database.Services.GetRequiredService<RegionCache>();
            Task<Boona.Domain.Common.Result<RegionMatching>> Select() => matching.LoadRegionAsync(Region, cancellationToken);
            async Task FirstAnswer()
            {
                var loaded = (await Select()).Value;
                var first = loaded.Selection.Contactable.FirstOrDefault()?.Therapist ?? loaded.Therapists.First();
                await loaded.CandidatesForAsync(first, cancellationToken);
            }

            var selection = await Measurement.OfAsync(() => { cache.Clear(); return Select(); }, options.Warmup, options.Runs);
            var firstAnswer = await Measurement.OfAsync(() => { cache.Clear(); return FirstAnswer(); }, options.Warmup, options.Runs);
            var warmSelection = await Measurement.OfAsync(Select, options.Warmup, options.Runs);
            var warmFirstAnswer = await Measurement.OfAsync(FirstAnswer, options.Warmup, options.Runs);
            var therapists = (await Select()).Value;
            timings.Add(new RegionSizeTiming(therapists.ActiveSearches, therapists.Therapists.Count, selection, firstAnswer, warmSelection, warmFirstAnswer));
            Console.WriteLine($"  region {Region}, {therapists.ActiveSearches} searches: selection {selection.MedianMs:F1} / {selection.P95Ms:F1} ms (warm {warmSelection.MedianMs:F2} / {warmSelection.P95Ms:F2}), first answer {firstAnswer.MedianMs:F1} / {firstAnswer.P95Ms:F1} ms (warm {warmFirstAnswer.MedianMs:F1} / {warmFirstAnswer.P95Ms:F1})");
        }

        return timings;
    }
}
