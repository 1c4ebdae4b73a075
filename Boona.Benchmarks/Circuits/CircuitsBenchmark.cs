using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using Boona.Benchmarks.Common;

namespace Boona.Benchmarks.Circuits;

/// <summary>
/// Blazor Server circuits without a browser: the real app in its own process, the demo coordinator signed in, then
/// per level that many live circuits on the therapist list, each typing into the name filter like a user.
/// </summary>
public sealed class CircuitsBenchmark : IBenchmark
{
    private const double TargetP95Ms = 250;
    private const double TargetHeapPerCircuitBytes = 1024 * 1024;
    private const int TargetLevel = 200;
    private const int OpenParallelism = 4;
    private const int WarmupCircuits = 4;
    private const int WarmupInteractions = 15;
    private static readonly TimeSpan BetweenKeys = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan OpenTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan InteractionTimeout = TimeSpan.FromSeconds(10);

    public string Name => "circuits";

    public string Description => "opens 1/50/100/200 live circuits on /therapists (SignalR, no browser) and types into the name filter";

    public async Task RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var web = AppServer.WebAssemblyBesideBenchmarks(BenchmarkOptions.RepositoryPath("."));
        var debounceMs = DebounceMs(web);
        Console.WriteLine($"Starting {web} (debounce {debounceMs} ms) …");
        await using var server = await AppServer.StartAsync(web, cancellationToken);
        var cookies = new CookieContainer();
        using var http = SignInForm.Client(cookies);
        await SignInForm.SignInAsync(http, server.Address, SignInForm.DemoCoordinatorEmail, SignInForm.DemoCoordinatorPassword, cancellationToken);
        Console.WriteLine($"Server {server.Address} (pid {server.ProcessId}), signed in as {SignInForm.DemoCoordinatorEmail}");

        // Warm-up, not counted: the first circuits and filters pay for JIT (and tiering recompiles hot code for a while
        // after), the first queries and the pools. Without it the first level's CPU per interaction is ten times too high.
        (string First, string Second) terms;
        await using (var first = await TherapistListCircuit.OpenAsync(server.Address, cookies, http, OpenTimeout, cancellationToken))
        {
            terms = TherapistListCircuit.Terms(first.InitialRows);
            Console.WriteLine($"First circuit: {first.Circuit.Batches} render batches; JS calls answered: {string.Join(", ", first.Circuit.Read(_ => first.Circuit.JsCalls.Select(c => $"{c.Key} ×{c.Value}").ToList()))}");
        }

        await Parallel.ForEachAsync(Enumerable.Range(0, WarmupCircuits), cancellationToken, async (_, ct) =>
        {
            await using var warm = await TherapistListCircuit.OpenAsync(server.Address, cookies, http, OpenTimeout, ct);
            for (var i = 0; i < WarmupInteractions; i++)
            {
                await warm.FilterAsync(i % 2 == 0 ? terms.First : terms.Second, BetweenKeys, InteractionTimeout, ct);
            }
        });
        await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);

        Console.WriteLine($"Filter terms: '{terms.First}', '{terms.Second}'");
        var results = new List<LevelResult>();
        foreach (var level in options.Levels)
        {
            var result = await MeasureAsync(server, cookies, http, level, options, terms, debounceMs, cancellationToken);
            Console.WriteLine(result.Summary());
            results.Add(result);
        }

        await ReportSection.WriteAsync(options.Report, "Circuits", Report(results, debounceMs, options), cancellationToken);
        Console.WriteLine($"Written to {options.Report}");
    }

    private static async Task<LevelResult> MeasureAsync(
        AppServer server, CookieContainer cookies, HttpClient http, int level, BenchmarkOptions options, (string First, string Second) terms, int debounceMs, CancellationToken cancellationToken)
    {
        var interactions = options.Interactions;
        var minThink = TimeSpan.FromSeconds(options.ThinkSeconds.Min);
        var maxThink = TimeSpan.FromSeconds(options.ThinkSeconds.Max);
        var pid = server.ProcessId;
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // the previous level's circuits are being freed
        var heapBefore = await ServerProbe.ManagedHeapAfterFullGcAsync(pid, cancellationToken);
        var workingSetBefore = ServerProbe.WorkingSet(pid);

        var circuits = new ConcurrentBag<TherapistListCircuit>();
        var errors = new ConcurrentBag<string>();
        var opening = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, level), new ParallelOptions { MaxDegreeOfParallelism = OpenParallelism, CancellationToken = cancellationToken }, async (_, ct) =>
        {
            try
            {
                circuits.Add(await TherapistListCircuit.OpenAsync(server.Address, cookies, http, OpenTimeout, ct));
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or HttpRequestException or IOException)
            {
                errors.Add($"circuit did not start: {e.Message}");
            }
        });
        opening.Stop();

        try
        {
            await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken); // first renders acknowledged, the circuits idle
            var heapOpen = await ServerProbe.ManagedHeapAfterFullGcAsync(pid, cancellationToken);
            var workingSetOpen = ServerProbe.WorkingSet(pid);

            var latencies = new ConcurrentBag<double>();
            var cpuBefore = ServerProbe.CpuTime(pid);
            var clientCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var running = Stopwatch.StartNew();
            await Task.WhenAll(circuits.Select((circuit, index) => Task.Run(
                async () =>
                {
                    var random = new Random(index);
                    for (var i = 0; i < interactions; i++)
                    {
                        await Task.Delay(minThink + ((maxThink - minThink) * random.NextDouble()), cancellationToken);
                        var term = (i % 2 == 0) ? terms.First : terms.Second;
                        try
                        {
                            latencies.Add((await circuit.FilterAsync(term, BetweenKeys, InteractionTimeout, cancellationToken)).TotalMilliseconds);
                        }
                        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
                        {
                            errors.Add($"interaction failed: {e.Message}");
                            if (circuit.Circuit.Failure is not null)
                            {
                                return; // the circuit is gone: its remaining interactions count as not done
                            }
                        }
                    }
                },
                cancellationToken)));
            running.Stop();
            var cpu = ServerProbe.CpuTime(pid) - cpuBefore;
            var clientCpu = Process.GetCurrentProcess().TotalProcessorTime - clientCpuBefore;
            foreach (var failed in circuits.Where(c => c.Circuit.Failure is not null))
            {
                errors.Add($"circuit failed: {failed.Circuit.Failure}");
            }

            var opened = circuits.Count;
            var samples = latencies.OrderBy(l => l).ToArray();
            return new LevelResult(
                level,
                opened,
                level * interactions,
                samples,
                debounceMs,
                opened > 0 ? (heapOpen - heapBefore) / (double)opened : double.NaN,
                heapOpen,
                opened > 0 ? (workingSetOpen - workingSetBefore) / (double)opened : double.NaN,
                workingSetOpen,
                samples.Length > 0 ? cpu.TotalMilliseconds / samples.Length : double.NaN,
                cpu.TotalSeconds / running.Elapsed.TotalSeconds,
                clientCpu.TotalSeconds / running.Elapsed.TotalSeconds,
                opening.Elapsed,
                [.. errors]);
        }
        finally
        {
            await Parallel.ForEachAsync(circuits, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (circuit, _) => await circuit.DisposeAsync());
            if (circuits.Count(c => !c.Circuit.Disconnected) is > 0 and var kept)
            {
                Console.Error.WriteLine($"{kept} circuits were not freed by the disconnect beacon: the server keeps them for a while, and the next level's baseline holds them.");
            }
        }
    }

    /// <summary><c>ListFilter.DebounceMs</c> of the app that is measured, read from its assembly (a constant; nothing of the app runs here).</summary>
    private static int DebounceMs(string webAssembly)
    {
        var context = new AssemblyLoadContext("boona-web-metadata", isCollectible: true);
        try
        {
            var type = context.LoadFromAssemblyPath(webAssembly).GetType("Boona.Web.Components.Shared.ListFilter", throwOnError: true)!;
            return (int)type.GetField("DebounceMs", BindingFlags.Public | BindingFlags.Static)!.GetRawConstantValue()!;
        }
        finally
        {
            context.Unload();
        }
    }

    private static string Report(List<LevelResult> results, int debounceMs, BenchmarkOptions options)
    {
        var interactions = options.Interactions;
        var (minThink, maxThink) = options.ThinkSeconds;
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(MachineInfo.Describe());
        text.AppendLine();
        text.AppendLine(string.Create(invariant, $"""
            The real app (`Boona.Web.dll`, Release, Production environment, embedded SQLite with the demo data) in its own process on a
            loopback port; the demo coordinator signed in once through the sign-in form, every circuit with that cookie. Each circuit is
            a SignalR connection speaking the Blazor protocol (`Boona.Benchmarks/Circuits`: prerendered GET, `StartCircuit`,
            `UpdateRootComponents`, render batches decoded and acknowledged, JS interop answered with neutral results) — no browser.
            Circuits open four at a time; then each types a surname fragment into the name filter ({interactions} times, alternating two
            fragments, four keystrokes 100 ms apart, {minThink:F0}–{maxThink:F0} s of thinking before each), all circuits at once.
            - **Heap per circuit**: the server's managed heap after a full GC (induced over EventPipe, `GCHeapStats`: every
              generation, LOH and POH) with the level's circuits open and idle, minus the same before they opened, per circuit.
              Working set: VmRSS, same difference. The last column is the heap with the circuits open.
            - **CPU per interaction**: the server's user + system time (`/proc/<pid>/stat`) over the typing phase, divided by the
              interactions done (four input events, the debounced filter, the navigation and the filtered render); "busy" is that
              time over the phase's length. The load generator (this program) runs on the same machine: its CPU is the last column.
            - **Latency**: from sending the last keystroke to receiving the render batch that shows the filtered list (the circuit's
              address has `name=…` and every row contains the fragment). The filter waits `ListFilter.DebounceMs` = {debounceMs} ms after
              the last keystroke before it filters; **the server's part is the latency minus those {debounceMs} ms** (it holds the
              transport, the debounce timer's lateness under load, the navigation round trip to the client and back, the query and the render).
            - **Errors**: circuits that did not start within 60 s, interactions without the filtered list within 10 s, circuits that failed.

            | circuits | opened | interactions | errors | heap per circuit | working set per circuit | server CPU per interaction | server CPU busy | latency p50 / p95 | server's part p50 / p95 | heap open | load generator CPU |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
            """));
        foreach (var r in results)
        {
            text.AppendLine(string.Create(invariant,
                $"| {r.Level} | {r.Opened} | {r.Latencies.Length}/{r.Planned} | {r.Errors.Count} | {Bytes(r.HeapPerCircuit)} | {Bytes(r.WorkingSetPerCircuit)} | {r.CpuPerInteractionMs:F1} ms | {r.CpuCores:P0} of a core | {r.P50:F0} / {r.P95:F0} ms | {r.P50 - r.DebounceMs:F0} / {r.P95 - r.DebounceMs:F0} ms | {Bytes(r.HeapOpen)} | {r.ClientCpuCores:P0} of a core |"));
        }

        text.AppendLine();
        var target = results.FirstOrDefault(r => r.Level == TargetLevel);
        if (target is null)
        {
            text.AppendLine(invariant, $"Targets (issue 16, at {TargetLevel} circuits): not measured in this run.");
        }
        else
        {
            var latencyMet = target.Errors.Count == 0 && target.P95 - debounceMs < TargetP95Ms;
            var heapMet = target.HeapPerCircuit < TargetHeapPerCircuitBytes;
            text.AppendLine(string.Create(invariant, $"Targets (issue 16, at {TargetLevel} circuits): p95 under {TargetP95Ms:F0} ms excluding the debounce — **{(latencyMet ? "met" : "missed")}** ({target.P95 - debounceMs:F0} ms{(target.Errors.Count > 0 ? $", {target.Errors.Count} errors" : string.Empty)}); under 1 MB managed heap per circuit — **{(heapMet ? "met" : "missed")}** ({Bytes(target.HeapPerCircuit)})."));
        }

        var firstErrors = results.SelectMany(r => r.Errors.Take(3).Select(e => $"{r.Level} circuits: {e}")).Take(6).ToList();
        if (firstErrors.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("First errors:");
            foreach (var error in firstErrors)
            {
                text.AppendLine(invariant, $"- {error.ReplaceLineEndings(" ")}");
            }
        }

        return text.ToString();
    }

    private static string Bytes(double bytes) => double.IsNaN(bytes)
        ? "–"
        : Math.Abs(bytes) >= 1024 * 1024
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024 * 1024):F2} MB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024:F0} KB");

    private sealed record LevelResult(
        int Level,
        int Opened,
        int Planned,
        double[] Latencies,
        int DebounceMs,
        double HeapPerCircuit,
        long HeapOpen,
        double WorkingSetPerCircuit,
        long WorkingSetOpen,
        double CpuPerInteractionMs,
        double CpuCores,
        double ClientCpuCores,
        TimeSpan Opening,
        IReadOnlyList<string> Errors)
    {
        public double P50 => Latencies.Length > 0 ? Measurement.Percentile(Latencies, 0.5) : double.NaN;

        public double P95 => Latencies.Length > 0 ? Measurement.Percentile(Latencies, 0.95) : double.NaN;

        public string Summary() => string.Create(CultureInfo.InvariantCulture,
            $"{Level} circuits: {Opened} opened in {Opening.TotalSeconds:F1} s, {Latencies.Length}/{Planned} interactions, {Errors.Count} errors, heap/circuit {Bytes(HeapPerCircuit)}, RSS/circuit {Bytes(WorkingSetPerCircuit)}, CPU/interaction {CpuPerInteractionMs:F1} ms, p50 {P50:F0} ms, p95 {P95:F0} ms (debounce {DebounceMs} ms)");
    }
}
