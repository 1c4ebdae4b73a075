namespace Boona.Benchmarks.Common;

/// <summary>
/// docs/benchmarks.md holds one "## Title" section per benchmark. Writing a section replaces only that
/// section (up to the next "## " heading), so benchmarks run at different times keep each other's figures.
/// </summary>
public static class ReportSection
{
    private const string Header = """
        # Benchmarks

        Figures written by `Boona.Benchmarks` (`dotnet run -c Release --project Boona.Benchmarks -- <subcommand>`).
        Each section is replaced when its benchmark runs again.

        """;

    public static async Task WriteAsync(string path, string title, string body, CancellationToken cancellationToken)
    {
        var heading = $"## {title}";
        var lines = File.Exists(path) ? [.. await File.ReadAllLinesAsync(path, cancellationToken)] : Header.Split('\n').ToList();
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        var section = new List<string> { heading, string.Empty };
        section.AddRange(body.TrimEnd().Split('\n'));
        section.Add(string.Empty);
        if (start < 0)
        {
            while (lines.Count > 0 && lines[^1].Length == 0)
            {
                lines.RemoveAt(lines.Count - 1);
            }

            lines.Add(string.Empty);
            lines.AddRange(section);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            lines.RemoveRange(start, (end < 0 ? lines.Count : end) - start);
            lines.InsertRange(start, section);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, string.Join('\n', lines).TrimEnd() + "\n", cancellationToken);
    }
}
