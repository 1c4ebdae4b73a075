using System.Globalization;
using System.Text;
using Boona.Benchmarks.Common;

namespace Boona.Benchmarks.Matching;

/// <summary>The "Matching" section of docs/benchmarks.md, with the verdict against the targets.</summary>
public static class MatchingReport
{
    public const double TargetSelectionSweepMs = 1_000;
    public const double TargetSelectionP95PostgresMs = 10;
    public const double TargetSelectionP95SqliteMs = 15;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(List<MatchingResult> results, BenchmarkOptions options, int regions)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Measured {MachineInfo.Describe()}.");
        text.AppendLine();
        text.AppendLine(Invariant, $"{options.Therapists:N0} generated therapists and {results.FirstOrDefault()?.Searches ?? 0:N0} active searches on the real postal codes of");
        text.AppendLine(Invariant, $"`zipcodes.de.csv`, about a third of the searches already in an open inquiry. For each of the {regions} two-digit regions:");
        text.AppendLine("`MatchingQueries.LoadRegionAsync` (the selection: therapist-side data in a few queries, the tiers in memory), then");
        text.AppendLine("`RegionMatching.CandidatesForAsync` for every therapist of the region — the builder page's calls. One warm-up");
        text.AppendLine("sweep over all regions, then three measured sweeps. \"First answer\" is one region's selection plus one therapist's");
        text.AppendLine("candidates (which reads the region's searches and patients), what a coordinator waits for after entering a region");
        text.AppendLine("and picking a therapist. The sweeps enter every region **cold**: the per-process region cache is emptied first, as");
        text.AppendLine("after any saved change to matching data. **Warm** is a region kept in the cache while nothing changed: only the");
        text.AppendLine("matching stamp is read (one row), the selection's tiers are computed again for the day.");
        text.AppendLine();
        text.AppendLine("| | " + string.Join(" | ", results.Select(r => r.Provider)) + " |");
        text.AppendLine("|---|" + string.Concat(results.Select(_ => "---:|")));
        Row(text, results, "all regions, every therapist (median of 3 sweeps)", r => $"{Median(r.SweepTotalsMs):F0} ms");
        Row(text, results, "selection of all regions, one after the other, cold (median of 3 sweeps)", r => $"{Median(SelectionSweeps(r)):F0} ms");
        Row(text, results, "selection of all regions, one after the other, warm (median of 3 sweeps)", r => $"{r.WarmSelectionSweepMs:F0} ms");
        Row(text, results, "managed heap held by a cache of all regions", r => $"{r.WarmHeldBytes / 1_048_576.0:F0} MB");
        Row(text, results, "selection per region, median / p95", r => $"{Percentile(r.Regions.Select(t => t.LoadMs), 0.5):F1} / {Percentile(r.Regions.Select(t => t.LoadMs), 0.95):F1} ms");
        Row(text, results, "first answer per region, median", r => $"{Percentile(r.Regions.Select(t => t.FirstAnswerMs), 0.5):F1} ms");
        Row(text, results, "first answer per region, p95", r => $"{Percentile(r.Regions.Select(t => t.FirstAnswerMs), 0.95):F1} ms");
        Row(text, results, "whole region per region, median", r => $"{Percentile(r.Regions.Select(t => t.WholeRegionMs), 0.5):F1} ms");
        Row(text, results, "whole region per region, p95", r => $"{Percentile(r.Regions.Select(t => t.WholeRegionMs), 0.95):F1} ms");
        Row(text, results, "largest region (therapists / searches)", r => Largest(r));
        Row(text, results, "suitable pairs found per sweep", r => $"{r.Regions.Sum(t => t.Suitable) / Math.Max(1, r.SweepTotalsMs.Count):N0}");
        Row(text, results, "managed heap peak during the sweeps", r => $"{r.PeakManagedBytes / 1_048_576.0:F0} MB");
        Row(text, results, "process working set peak (incl. data generation)", r => $"{r.PeakWorkingSetBytes / 1_048_576.0:F0} MB");
        Row(text, results, "filling the database", r => $"{r.FillTime.TotalSeconds:F1} s");
        text.AppendLine();
        RegionSizeTable(text, results);
        text.AppendLine();
        text.AppendLine(Verdict(results));
        text.AppendLine("- What it took: every region query is driven by an index (postal code; the partial index on open searches, whose");
        text.AppendLine("  filter the query repeats so that SQLite uses it; unanswered inquiries by (AnswerType, Status, TherapistId);");
        text.AppendLine("  practice e-mails by (Email, PostalCode), asked in chunks of 200 so that PostgreSQL keeps to the index); the");
        text.AppendLine("  search events are not read; the selection reads therapist-side data only, and the region's searches and");
        text.AppendLine("  patients are read once, when the first therapist is picked; each therapist's criteria are prepared once per");
        text.AppendLine("  region and failed criteria are a bit set, turned into reasons only for the patients a coordinator looks at.");
        text.AppendLine("- The region cache (`RegionCache`, 24 regions per process) keeps what was read with the value of the matching");
        text.AppendLine("  stamp, a row every save that changes therapists, patients, searches or inquiries gives a new value in the same");
        text.AppendLine("  transaction; a change by any app instance empties every kept region at once (`RegionCacheTests`).");
        text.AppendLine("- Cold, the therapist rows dominate: materialising 500 full therapist entities costs several times what the");
        text.AppendLine("  columns the selection needs would; a narrower read is the next step if cold entries matter.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, List<MatchingResult> results, string label, Func<MatchingResult, string> value) =>
        text.AppendLine(Invariant, $"| {label} | {string.Join(" | ", results.Select(r => string.Create(Invariant, $"{value(r)}")))} |");

    private static string Largest(MatchingResult result)
    {
        var largest = result.Regions.MaxBy(r => r.Therapists)!;
        return string.Create(Invariant, $"{largest.Region}: {largest.Therapists:N0} / {largest.Searches:N0}");
    }

    /// <summary>One region at growing numbers of active searches: the selection should not grow with them.</summary>
    private static void RegionSizeTable(StringBuilder text, List<MatchingResult> results)
    {
        text.AppendLine(Invariant, $"Region {RegionSizes.Region} alone ({RegionSizes.Therapists} therapists) at growing numbers of active searches, median / p95 of the runs:");
        text.AppendLine();
        string[] columns = ["selection cold", "selection warm", "first answer cold", "first answer warm"];
        text.AppendLine("| active searches | " + string.Join(" | ", results.SelectMany(r => columns.Select(c => $"{r.Provider} {c}"))) + " |");
        text.AppendLine("|---:|" + string.Concat(results.SelectMany(_ => columns.Select(_ => "---:|"))));
        foreach (var size in results.FirstOrDefault()?.RegionSizes.Select(s => s.Searches) ?? [])
        {
            var cells = results.SelectMany(r => r.RegionSizes.Where(s => s.Searches == size).Take(1)
                .SelectMany(s => new[] { Pair(s.Selection), Pair(s.WarmSelection), Pair(s.FirstAnswer), Pair(s.WarmFirstAnswer) }));
            text.AppendLine(Invariant, $"| {size:N0} | {string.Join(" | ", cells)} |");
        }
    }

    private static string Pair(Measurement measurement) => string.Create(Invariant, $"{measurement.MedianMs:F2} / {measurement.P95Ms:F2} ms");

    /// <summary>Per measured sweep, the sum of the regions' selection times: entering every region once.</summary>
    private static IEnumerable<double> SelectionSweeps(MatchingResult result) =>
        result.Regions.Chunk(Math.Max(1, result.Regions.Count / Math.Max(1, result.SweepTotalsMs.Count))).Select(sweep => sweep.Sum(t => t.LoadMs));

    private static string Verdict(List<MatchingResult> results) =>
        string.Join(Environment.NewLine, results.Select(result =>
        {
            var targetP95 = result.Provider == "PostgreSQL" ? TargetSelectionP95PostgresMs : TargetSelectionP95SqliteMs;
            var coldP95 = result.RegionSizes.Select(s => s.Selection.P95Ms).Append(Percentile(result.Regions.Select(t => t.LoadMs), 0.95)).Max();
            var coldSweep = Median(SelectionSweeps(result));
            var warmP95 = result.RegionSizes.Select(s => s.WarmSelection.P95Ms).DefaultIfEmpty(0).Max();
            return string.Create(
                Invariant,
                $"- Targets on {result.Provider} (selection p95 under {targetP95:F0} ms at every size, all regions' selection under {TargetSelectionSweepMs / 1000:F0} s): " +
                $"warm {Met(warmP95 < targetP95 && result.WarmSelectionSweepMs < TargetSelectionSweepMs)} — worst p95 {warmP95:F2} ms, {result.WarmSelectionSweepMs:F0} ms; " +
                $"cold {Met(coldP95 < targetP95 && coldSweep < TargetSelectionSweepMs)} — worst p95 {coldP95:F1} ms, {coldSweep:F0} ms.");
        }));

    private static string Met(bool met) => met ? "met" : "missed";

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length == 0 ? 0 : Measurement.Percentile(sorted, fraction);
    }
}
