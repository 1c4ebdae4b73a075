using System.Diagnostics;
using Boona.Infrastructure.Inquiries;

namespace Boona.Benchmarks.Matching;

/// <summary>One region's figures: selection + one therapist's candidates (what a coordinator waits for), and the whole region.</summary>
public sealed record RegionTiming(string Region, int Therapists, int Searches, double LoadMs, double FirstAnswerMs, double WholeRegionMs, int Suitable);

/// <summary>
/// Walks every region through <see cref="MatchingQueries"/> exactly as the builder page does: load the region
/// (selection), then the candidates for every therapist of the region. Each region is entered cold (the region cache
/// emptied first), as after a change to matching data.
/// </summary>
public static class RegionSweep
{
    public static async Task<(List<RegionTiming> Regions, double TotalMs, long PeakManagedBytes)> RunAsync(
        MatchingQueries matching, RegionCache cache, IReadOnlyList<string> regions, CancellationToken cancellationToken)
    {
        var timings = new List<RegionTiming>(regions.Count);
        long peak = 0;
        var sweep = Stopwatch.GetTimestamp();
        foreach (var prefix in regions)
        {
            cache.Clear();
            var started = Stopwatch.GetTimestamp();
            var region = (await matching.LoadRegionAsync(prefix, cancellationToken)).Value;
            var load = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var first = region.Selection.Contactable.FirstOrDefault()?.Therapist ?? region.Therapists.FirstOrDefault();
            var suitable = first is null ? 0 : (await region.CandidatesForAsync(first, cancellationToken)).Suitable.Count;
            var firstAnswer = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            foreach (var therapist in region.Therapists.Where(t => t != first))
            {
                suitable += (await region.CandidatesForAsync(therapist, cancellationToken)).Suitable.Count;
            }

            timings.Add(new RegionTiming(prefix, region.Therapists.Count, region.ActiveSearches, load, firstAnswer, Stopwatch.GetElapsedTime(started).TotalMilliseconds, suitable));
            peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        }

        return (timings, Stopwatch.GetElapsedTime(sweep).TotalMilliseconds, peak);
    }

    /// <summary>
    /// Selection only, every region kept in a cache large enough for all of them: one sweep fills it, then the median of
    /// <paramref name="sweeps"/> sweeps that only read the stamp. Also what holding every region costs in managed heap.
    /// </summary>
    public static async Task<(double MedianMs, long HeldBytes)> WarmSelectionAsync(
        IServiceProvider services, IReadOnlyList<string> regions, int sweeps, CancellationToken cancellationToken)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var matching = Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<MatchingQueries>(services, new RegionCache(regions.Count));
        foreach (var prefix in regions)
        {
            await matching.LoadRegionAsync(prefix, cancellationToken);
        }

        var held = GC.GetTotalMemory(forceFullCollection: true) - before;
        var totals = new List<double>();
        for (var sweep = 0; sweep < sweeps; sweep++)
        {
            var started = Stopwatch.GetTimestamp();
            foreach (var prefix in regions)
            {
                await matching.LoadRegionAsync(prefix, cancellationToken);
            }

            totals.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        totals.Sort();
        GC.KeepAlive(matching);
        return (totals[totals.Count / 2], held);
    }
}
