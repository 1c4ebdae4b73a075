namespace Boona.Benchmarks.Common;

/// <summary>One subcommand of the benchmark program; it writes its own section of the report.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(BenchmarkOptions options, CancellationToken cancellationToken);
}
