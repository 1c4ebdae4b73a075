using System.Text.RegularExpressions;
using Quartz;

namespace Boona.Infrastructure.Jobs;

/// <summary>
/// Quartz's own PostgreSQL schema, as embedded in Quartz.dll, applied by our migrations rather than by
/// the scheduler at start: the app's database user then needs no DDL rights at run time, and several
/// instances starting at once do not race to create tables.
/// </summary>
public static partial class QuartzSchema
{
    public const string TablePrefix = "qrtz_";

    private const string PostgresResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    /// <summary>The idempotent CREATE statements, in order, with our table prefix.</summary>
    public static IReadOnlyList<string> PostgresCreateStatements()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(PostgresResource)
            ?? throw new InvalidOperationException($"Quartz.dll no longer embeds {PostgresResource}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return [.. Separator().Split(script).Select(s => s.Trim()).Where(IsStatement)];
    }

    /// <summary>DROP statements for every table the script creates, dependants first.</summary>
    public static IReadOnlyList<string> PostgresDropStatements() =>
        [.. PostgresCreateStatements()
            .Select(s => CreateTable().Match(s))
            .Where(m => m.Success)
            .Select(m => $"DROP TABLE IF EXISTS {m.Groups[1].Value} CASCADE;")
            .Reverse()];

    private static bool IsStatement(string piece) =>
        piece.Split('\n').Any(line => line.Trim() is { Length: > 0 } text && !text.StartsWith("--", StringComparison.Ordinal));

    /// <summary>The script separates statements by a line reading exactly <c>--;;</c> (its header mentions the marker too).</summary>
    [GeneratedRegex(@"^--;;\r?$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Separator();

    [GeneratedRegex(@"CREATE TABLE IF NOT EXISTS (\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex CreateTable();
}
