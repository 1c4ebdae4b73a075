using System.Diagnostics;
using System.Globalization;
using Boona.Benchmarks.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Benchmarks.Matching;

/// <summary>
/// Selection plus candidate composition for every therapist of every two-digit region, through the
/// services the builder page uses, over 50,000 therapists and 10,000 active searches, on SQLite and PostgreSQL.
/// </summary>
public sealed class MatchingBenchmark : IBenchmark
{
    /// <summary>One warm-up sweep, then this many measured sweeps over all regions.</summary>
    private const int Sweeps = 3;

    public string Name => "matching";

    public string Description => "region selection + candidates for every therapist of all 96 regions (50,000 therapists, 10,000 searches)";

    public async Task RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var places = ZipCodeFile.Read(options.ZipCodes);
        var regions = places.Select(p => p.PostalCode[..2]).Distinct().Order(StringComparer.Ordinal).ToList();
        Console.WriteLine($"{places.Count} postal codes in {regions.Count} regions from {options.ZipCodes}");
        var results = new List<MatchingResult>();
        if (options.Only is null or "sqlite")
        {
            results.Add(await MeasureAsync(DatabaseProvider.Sqlite, null, places, regions, options, cancellationToken));
        }

        if (options.Postgres is { } server && options.Only is null or "postgres")
        {
            results.Add(await MeasureAsync(DatabaseProvider.Postgres, server, places, regions, options, cancellationToken));
        }

        await ReportSection.WriteAsync(options.Report, "Matching", MatchingReport.Write(results, options, regions.Count), cancellationToken);
        Console.WriteLine($"Written to {options.Report}");
    }

    private static async Task<MatchingResult> MeasureAsync(
        DatabaseProvider provider, string? server, IReadOnlyList<ZipCodePlace> places, List<string> regions, BenchmarkOptions options, CancellationToken cancellationToken)
    {
        await using var database = await BenchmarkDatabase.CreateAsync(provider, server, cancellationToken);
        database.Keep = options.Keep;
        var searches = options.Therapists / 5;
        var fill = await MatchingData.FillAsync(database, places, options.Therapists, searches, cancellationToken);
        Console.WriteLine($"{database.ProviderName}: {options.Therapists:N0} therapists, {searches:N0} searches in {fill.TotalSeconds:F1} s");
        var matching = database.Services.GetRequiredService<MatchingQueries>();
        var cache = database.Services.GetRequiredService<RegionCache>();
        await RegionSweep.RunAsync(matching, cache, regions, cancellationToken);
        var totals = new List<double>();
        var timings = new List<RegionTiming>();
        long peakManaged = 0;
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            var (regionTimings, totalMs, peak) = await RegionSweep.RunAsync(matching, cache, regions, cancellationToken);
            totals.Add(totalMs);
            timings.AddRange(regionTimings);
            peakManaged = Math.Max(peakManaged, peak);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  sweep {sweep + 1}: {totalMs:F0} ms for {regionTimings.Count} regions, {regionTimings.Sum(r => r.Suitable):N0} suitable pairs"));
        }

        var (warmSweepMs, warmHeldBytes) = await RegionSweep.WarmSelectionAsync(database.Services, regions, Sweeps, cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  warm selection of all regions: {warmSweepMs:F0} ms, {warmHeldBytes / 1_048_576.0:F0} MB held"));
        var sizes = await RegionSizes.MeasureAsync(provider, server, places, options, cancellationToken);
        return new MatchingResult(database.ProviderName, fill, searches, totals, timings, sizes, peakManaged, Process.GetCurrentProcess().PeakWorkingSet64, warmSweepMs, warmHeldBytes);
    }
}

public sealed record MatchingResult(
    string Provider,
    TimeSpan FillTime,
    int Searches,
    List<double> SweepTotalsMs,
    List<RegionTiming> Regions,
    List<RegionSizeTiming> RegionSizes,
    long PeakManagedBytes,
    long PeakWorkingSetBytes,
    double WarmSelectionSweepMs,
    long WarmHeldBytes);
