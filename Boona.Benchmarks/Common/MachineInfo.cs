using System.Globalization;
using System.Runtime.InteropServices;

namespace Boona.Benchmarks.Common;

/// <summary>What the figures were measured on, for the report's heading line.</summary>
public static class MachineInfo
{
    public static string Describe() => string.Create(
        CultureInfo.InvariantCulture,
        $"{DateTime.UtcNow:yyyy-MM-dd} · {Cpu()} ({Environment.ProcessorCount} cores) · {RuntimeInformation.OSDescription} · {RuntimeInformation.FrameworkDescription}{Load()}");

    /// <summary>The machine may be shared (other builds, other tests on the same database server): the load says how much.</summary>
    public static string Load()
    {
        const string loadAverage = "/proc/loadavg";
        return File.Exists(loadAverage) ? $" · load average {File.ReadAllText(loadAverage).Split(' ')[0]} when finished" : string.Empty;
    }

    private static string Cpu()
    {
        const string cpuInfo = "/proc/cpuinfo";
        var model = File.Exists(cpuInfo)
            ? File.ReadLines(cpuInfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim()
            : null;
        return model ?? RuntimeInformation.ProcessArchitecture.ToString();
    }
}
