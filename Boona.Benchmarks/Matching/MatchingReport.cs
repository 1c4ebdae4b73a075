using System.Globalization;
using System.Text;
using Boona.Benchmarks.Common;

namespace Boona.Benchmarks.Matching;

/// <summary>The "Matching" section of docs/benchmarks.md, with the verdict against the targets.</summary>
public static class MatchingReport
{
    public const double TargetTotalMs = 5_000;
    public const double TargetFirstAnswerP95Ms = 50;

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Write(List<MatchingResult> results, BenchmarkOptions options, int regions)
    {
        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Measured {MachineInfo.Describe()}.");
        text.AppendLine();
        text.AppendLine(Invariant, $"{options.Therapists:N0} generated therapists and {results.FirstOrDefault()?.Searches ?? 0:N0} active searches on the real postal codes of");
        text.AppendLine(Invariant, $"`zipcodes.de.csv`, about a third of the searches already in an open inquiry. For each of the {regions} two-digit regions:");
        text.AppendLine("`MatchingQueries.LoadRegionAsync` (the region's data in a few queries, the selection in memory), then");
        text.AppendLine("`RegionMatching.CandidatesForAsync` for every therapist of the region — the builder page's calls. One warm-up");
        text.AppendLine("sweep over all regions, then three measured sweeps. \"First answer\" is one region's selection plus one therapist's");
        text.AppendLine("candidates, what a coordinator waits for after entering a region and picking a therapist.");
        text.AppendLine();
        text.AppendLine("| | " + string.Join(" | ", results.Select(r => r.Provider)) + " |");
        text.AppendLine("|---|" + string.Concat(results.Select(_ => "---:|")));
        Row(text, results, "all regions, every therapist (median of 3 sweeps)", r => $"{Median(r.SweepTotalsMs):F0} ms");
        Row(text, results, "region load and selection, median / p95", r => $"{Percentile(r.Regions.Select(t => t.LoadMs), 0.5):F1} / {Percentile(r.Regions.Select(t => t.LoadMs), 0.95):F1} ms");
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
        text.AppendLine(Verdict(results));
        text.AppendLine("- What it took: every region query is driven by an index (postal code; the partial index on open searches, whose");
        text.AppendLine("  filter the query repeats so that SQLite uses it; unanswered inquiries by (AnswerType, Status, TherapistId);");
        text.AppendLine("  practice e-mails by (Email, PostalCode), asked in chunks of 200 so that PostgreSQL keeps to the index); the");
        text.AppendLine("  search events are not read; each therapist's criteria are prepared once per region and failed criteria are a");
        text.AppendLine("  bit set, turned into reasons only for the patients a coordinator looks at.");
        return text.ToString();
    }

    private static void Row(StringBuilder text, List<MatchingResult> results, string label, Func<MatchingResult, string> value) =>
        text.AppendLine(Invariant, $"| {label} | {string.Join(" | ", results.Select(r => string.Create(Invariant, $"{value(r)}")))} |");

    private static string Largest(MatchingResult result)
    {
        var largest = result.Regions.MaxBy(r => r.Therapists)!;
        return string.Create(Invariant, $"{largest.Region}: {largest.Therapists:N0} / {largest.Searches:N0}");
    }

    private static string Verdict(List<MatchingResult> results)
    {
        if (results.FirstOrDefault(r => r.Provider == "PostgreSQL") is not { } postgres)
        {
            return "- PostgreSQL was not measured in this run (no `--postgres`).";
        }

        var total = Median(postgres.SweepTotalsMs);
        var p95 = Percentile(postgres.Regions.Select(t => t.FirstAnswerMs), 0.95);
        var met = total < TargetTotalMs && p95 < TargetFirstAnswerP95Ms;
        return string.Create(
            Invariant,
            $"- Targets on PostgreSQL (all regions under {TargetTotalMs / 1000:F0} s, first answer p95 under {TargetFirstAnswerP95Ms:F0} ms): {(met ? "met" : "missed")} — {total / 1000:F2} s and {p95:F1} ms.");
    }

    private static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    private static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return sorted.Length == 0 ? 0 : Measurement.Percentile(sorted, fraction);
    }
}
