using System.Diagnostics;

namespace Boona.Benchmarks.Common;

/// <summary>Median and 95th percentile of repeated runs, in milliseconds.</summary>
public sealed record Measurement(double MedianMs, double P95Ms, int Runs)
{
    public static async Task<Measurement> OfAsync(Func<Task> action, int warmup, int runs)
    {
        for (var i = 0; i < warmup; i++)
        {
            await action();
        }

        var samples = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await action();
            samples[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(samples);
        return new Measurement(Percentile(samples, 0.5), Percentile(samples, 0.95), runs);
    }

    /// <summary>Nearest-rank percentile of sorted samples.</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];
}
