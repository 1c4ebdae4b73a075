using System.Globalization;

namespace Boona.Benchmarks.Common;

/// <summary>Command-line options every subcommand understands.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage = """
        options:
          --postgres "<connection string>"   also measure on this PostgreSQL server (a scratch database is created and dropped);
                                             default: the BOONA_BENCH_POSTGRES environment variable, else SQLite only
          --zipcodes <path>                  postal codes with coordinates (default: ../shared/data/geo/zipcodes.de.csv)
          --therapists <n>                   therapists to generate (default 50000)
          --runs <n>                         measured runs per query (default 200), after --warmup <n> (default 20)
          --report <path>                    the Markdown report (default: docs/benchmarks.md)
          --only sqlite|postgres             measure one provider (for investigating; the report then lacks the other)
          --keep                             keep the scratch databases and print where they are (for EXPLAIN)
          --levels <n,n,…>                   circuits: the numbers of open circuits to measure (default 1,50,100,200)
          --interactions <n>                 circuits: filter interactions per circuit and level (default 5)
          --think <min>-<max>                circuits: seconds a user thinks before each interaction (default 4-12)
        """;

    public string? Postgres { get; init; } = Environment.GetEnvironmentVariable("BOONA_BENCH_POSTGRES") is { Length: > 0 } value ? value : null;

    public string ZipCodes { get; init; } = RepositoryPath("../shared/data/geo/zipcodes.de.csv");

    public int Therapists { get; init; } = 50_000;

    public int Runs { get; init; } = 200;

    public int Warmup { get; init; } = 20;

    public string Report { get; init; } = RepositoryPath("docs/benchmarks.md");

    public string? Only { get; init; }

    public bool Keep { get; init; }

    public IReadOnlyList<int> Levels { get; init; } = [1, 50, 100, 200];

    public int Interactions { get; init; } = 5;

    public (double Min, double Max) ThinkSeconds { get; init; } = (4, 12);

    public static BenchmarkOptions Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--keep")
            {
                options = options with { Keep = true };
                continue;
            }

            var value = i + 1 < args.Length ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--postgres" => options with { Postgres = value },
                "--zipcodes" => options with { ZipCodes = Path.GetFullPath(value) },
                "--therapists" => options with { Therapists = int.Parse(value, CultureInfo.InvariantCulture) },
                "--runs" => options with { Runs = int.Parse(value, CultureInfo.InvariantCulture) },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--report" => options with { Report = Path.GetFullPath(value) },
                "--only" => options with { Only = value.ToLowerInvariant() },
                "--levels" => options with { Levels = [.. value.Split(',').Select(v => int.Parse(v, CultureInfo.InvariantCulture))] },
                "--interactions" => options with { Interactions = int.Parse(value, CultureInfo.InvariantCulture) },
                "--think" => options with { ThinkSeconds = (double.Parse(value.Split('-')[0], CultureInfo.InvariantCulture), double.Parse(value.Split('-')[^1], CultureInfo.InvariantCulture)) },
                _ => throw new ArgumentException($"Unknown option {args[i]}.\n{Usage}"),
            };
            i++;
        }

        return options;
    }

    /// <summary>Paths relative to the repository root (the folder holding Boona.sln), wherever the program runs from.</summary>
    public static string RepositoryPath(string relative)
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "Boona.sln")))
        {
            folder = folder.Parent;
        }

        return Path.GetFullPath(Path.Combine(folder?.FullName ?? Directory.GetCurrentDirectory(), relative));
    }
}
