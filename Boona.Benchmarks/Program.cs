using Boona.Benchmarks.Circuits;
using Boona.Benchmarks.Common;
using Boona.Benchmarks.Matching;
using Boona.Benchmarks.Outbox;
using Boona.Benchmarks.TherapistList;

// Benchmarks are programs, not tests: each subcommand measures one thing and writes its own section of docs/benchmarks.md.
//   dotnet run -c Release --project Boona.Benchmarks -- <subcommand> [--postgres "<connection string>"] [options]
IBenchmark[] benchmarks =
[
    new TherapistListBenchmark(),
    new MatchingBenchmark(),
    new OutboxBenchmark(),
    new CircuitsBenchmark(),
];

if (args.Length == 0 || benchmarks.All(b => b.Name != args[0]))
{
    Console.Error.WriteLine("usage: Boona.Benchmarks <subcommand> [options]");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-16} {benchmark.Description}");
    }

    Console.Error.WriteLine(BenchmarkOptions.Usage);
    return 2;
}

var options = BenchmarkOptions.Parse(args[1..]);
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

await benchmarks.Single(b => b.Name == args[0]).RunAsync(options, cancellation.Token);
return 0;
