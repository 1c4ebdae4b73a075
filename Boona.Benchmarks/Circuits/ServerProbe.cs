using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Boona.Benchmarks.Circuits;

/// <summary>
/// Reads the server process from outside: CPU time and resident memory from <c>/proc/&lt;pid&gt;</c>, the managed heap
/// over EventPipe (the runtime's diagnostics port, as <c>dotnet-gcdump</c> uses it): a session with the runtime
/// provider's <c>GCHeapCollect</c> keyword makes the server run a full blocking GC, and its <c>GCHeapStats</c> event
/// gives what it kept of every generation (LOH and POH included): the live managed heap, garbage excluded.
/// </summary>
public static class ServerProbe
{
    /// <summary>USER_HZ: the unit of utime/stime in /proc/&lt;pid&gt;/stat; 100 on every Linux the runtime supports.</summary>
    private const double TicksPerSecond = 100;

    /// <summary>CPU time (user + system) the process used so far.</summary>
    public static TimeSpan CpuTime(int processId)
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        // The command name may hold spaces; the fields after its closing parenthesis are: state (3), …, utime (14), stime (15).
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromSeconds(ticks / TicksPerSecond);
    }

    /// <summary>Resident set size (VmRSS) in bytes.</summary>
    public static long WorkingSet(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>The managed heap after a full GC the session induces, in bytes.</summary>
    public static async Task<long> ManagedHeapAfterFullGcAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        using var session = client.StartEventPipeSession(
            [new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords)], requestRundown: false);
        var heap = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        var fullGcRunning = false;
        using var source = new EventPipeEventSource(session.EventStream);
        source.Clr.GCStart += e => fullGcRunning |= e.Depth == 2;
        source.Clr.GCHeapStats += e =>
        {
            if (fullGcRunning)
            {
                // What the full GC kept, from every generation (LOH = 3, POH = 4): the live objects, without the free
                // space a sweeping (non-compacting) GC leaves inside the generations' sizes.
                heap.TrySetResult(e.TotalPromotedSize0 + e.TotalPromotedSize1 + e.TotalPromotedSize2 + e.TotalPromotedSize3 + e.TotalPromotedSize4);
            }
        };
        var processing = Task.Run(source.Process, CancellationToken.None);
        try
        {
            return await heap.Task.WaitAsync(TimeSpan.FromSeconds(60), cancellationToken);
        }
        finally
        {
            await session.StopAsync(CancellationToken.None);
            await processing;
        }
    }
}
