using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Section <c>PostalCodes</c>: where an import may read from and how much. An admin's input reaches the
/// network and the disk only through these limits: https to the listed hosts, files below the import folder.
/// </summary>
public sealed class PostalCodeImportOptions
{
    public const string Section = "PostalCodes";

    public const string GeoNamesHost = "download.geonames.org";

    /// <summary>
    /// The hosts an https download may come from. Null means GeoNames only; a configured list replaces
    /// that default (the configuration binder would append to a pre-filled list).
    /// </summary>
    public string[]? AllowedHosts { get; set; }

    /// <summary>A folder on the server whose files admins may import by name; none: no server files from the web page.</summary>
    public string? ImportFolder { get; set; }

    /// <summary>The most bytes of a download, an upload, a file or an unzipped archive entry (GeoNames' DE.txt is about 3 MB).</summary>
    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;

    /// <summary>The most characters in one line (GeoNames' lines have about 100).</summary>
    public int MaxLineLength { get; set; } = 4096;

    /// <summary>How long a whole download may take, headers and body.</summary>
    public TimeSpan DownloadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public IReadOnlyList<string> Hosts => AllowedHosts is { Length: > 0 } hosts ? hosts : [GeoNamesHost];
}

internal sealed class PostalCodeImportOptionsValidator : IValidateOptions<PostalCodeImportOptions>
{
    public ValidateOptionsResult Validate(string? name, PostalCodeImportOptions options)
    {
        var failures = new List<string>();
        if (options.Hosts.Any(h => Uri.CheckHostName(h) == UriHostNameType.Unknown))
        {
            failures.Add("PostalCodes:AllowedHosts must list host names only (e.g. download.geonames.org), without scheme, port or path.");
        }

        if (options.ImportFolder is { } folder && (!Path.IsPathFullyQualified(folder) || !Directory.Exists(folder)))
        {
            failures.Add("PostalCodes:ImportFolder must be the absolute path of an existing folder.");
        }

        if (options.MaxFileBytes is < 1024 or > 1024L * 1024 * 1024)
        {
            failures.Add("PostalCodes:MaxFileBytes must be between 1 KB and 1 GB.");
        }

        if (options.MaxLineLength is < 256 or > 1024 * 1024)
        {
            failures.Add("PostalCodes:MaxLineLength must be between 256 and 1048576 characters.");
        }

        if (options.DownloadTimeout <= TimeSpan.Zero || options.DownloadTimeout > TimeSpan.FromHours(1))
        {
            failures.Add("PostalCodes:DownloadTimeout must be between 0 and 1 hour.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
