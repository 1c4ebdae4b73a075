using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Jobs;

namespace Boona.Web.Geo;

/// <summary>
/// <c>dotnet run --project Boona.Web -- --import-postal-codes &lt;path|url&gt;</c>: imports the postal-code
/// centroids into the configured database and exits (0 imported, 1 refused, 2 usage) without serving.
/// A URL obeys the same rules as on the admin page (https, <c>PostalCodes:AllowedHosts</c>, public
/// addresses); a path may be any file, because only the operator, who has a shell on the server
/// anyway, can name it here — the web page and the job never take a path but from the import folder.
/// </summary>
internal static class PostalCodeCommandLine
{
    public const string Switch = "--import-postal-codes";

    /// <summary>The source named after the switch; empty when the switch has no value; null without the switch.</summary>
    public static string? Requested(string[] args)
    {
        var at = Array.IndexOf(args, Switch);
        return at < 0 ? null : at + 1 < args.Length ? args[at + 1] : string.Empty;
    }

    public static async Task<int> RunAsync(IServiceProvider services, string source, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(source) || source.StartsWith("--", StringComparison.Ordinal))
        {
            await Console.Error.WriteLineAsync($"Usage: Boona.Web {Switch} <path or https URL of zipcodes.de.csv, DE.txt or DE.zip>");
            return 2;
        }

        var progress = new JobProgress();
        using var scope = services.CreateScope();
        var importing = scope.ServiceProvider.GetRequiredService<PostalCodeImporter>().ImportAsync(PostalCodeSource.FromCommandLine(source), progress, cancellationToken);
        while (await Task.WhenAny(importing, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken)) != importing)
        {
            var snapshot = progress.Snapshot();
            Console.WriteLine(snapshot.ItemsTotal is { } total ? $"  {snapshot.ItemsDone:N0} of {total:N0}" : $"  {snapshot.Message}");
        }

        var result = await importing;
        if (!result.IsSuccess)
        {
            await Console.Error.WriteLineAsync($"Refused, nothing was changed. {result.Error!.Message}");
            return 1;
        }

        Console.WriteLine($"Imported {result.PostalCodes:N0} postal codes in {result.Regions} regions from {source}.");
        return 0;
    }
}
