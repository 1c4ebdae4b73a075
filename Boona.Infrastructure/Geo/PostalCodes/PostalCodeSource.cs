using System.IO.Compression;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>An open data file; disposing it closes the archive and removes a downloaded copy.</summary>
internal sealed class OpenedPostalCodeFile(TextReader reader, IDisposable owner) : IDisposable
{
    public TextReader Reader => reader;

    public void Dispose()
    {
        reader.Dispose();
        owner.Dispose();
    }
}

/// <summary>
/// Opens what an admin named: a local file or an http(s) URL, plain text or a zip archive such as
/// GeoNames' DE.zip (its DE.txt is read; readme.txt is not data).
/// </summary>
internal sealed class PostalCodeSource(IHttpClientFactory httpClientFactory)
{
    public const string HttpClientName = "postal-codes";

    public async Task<(OpenedPostalCodeFile? File, PostalCodeImportError? Error)> OpenAsync(string source, CancellationToken cancellationToken)
    {
        var path = source.Trim();
        var downloaded = false;
        if (Uri.TryCreate(path, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            PostalCodeImportError? error;
            (path, error) = await DownloadAsync(uri, cancellationToken);
            if (error is not null)
            {
                return (null, error);
            }

            downloaded = true;
        }
        else if (!File.Exists(path))
        {
            return (null, new PostalCodeImportError(PostalCodeFileProblem.SourceNotFound, null, path));
        }

        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, downloaded ? FileOptions.DeleteOnClose : FileOptions.None);
        return IsZip(stream) ? OpenArchive(stream) : (new OpenedPostalCodeFile(new StreamReader(stream), stream), null);
    }

    private async Task<(string Path, PostalCodeImportError? Error)> DownloadAsync(Uri uri, CancellationToken cancellationToken)
    {
        var target = Path.Combine(Path.GetTempPath(), $"boona-postal-codes-{Guid.NewGuid():N}");
        var complete = false;
        try
        {
            using var client = httpClientFactory.CreateClient(HttpClientName);
            using var response = await client.GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return (target, new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, $"{uri} answered {(int)response.StatusCode}"));
            }

            await using (var file = File.Create(target))
            {
                await response.Content.CopyToAsync(file, cancellationToken);
            }

            complete = true;
            return (target, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            // IOException: the connection broke off mid-file, or the disk is full.
            return (target, new PostalCodeImportError(PostalCodeFileProblem.DownloadFailed, null, $"{uri}: {exception.Message}"));
        }
        finally
        {
            // A half-written download, or one abandoned on cancel, never stays behind in the temp folder.
            if (!complete)
            {
                File.Delete(target);
            }
        }
    }

    private static bool IsZip(FileStream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static (OpenedPostalCodeFile?, PostalCodeImportError?) OpenArchive(FileStream stream)
    {
        var archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        var entry = archive.Entries.FirstOrDefault(e => e.Name.Equals("DE.txt", StringComparison.OrdinalIgnoreCase))
            ?? archive.Entries.SingleOrDefault(e => IsDataFile(e.Name));
        if (entry is null)
        {
            archive.Dispose();
            return (null, new PostalCodeImportError(PostalCodeFileProblem.NoDataFileInArchive, null, "expected DE.txt or one .txt/.csv file"));
        }

        return (new OpenedPostalCodeFile(new StreamReader(entry.Open()), archive), null);
    }

    private static bool IsDataFile(string name) =>
        (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        && !name.StartsWith("readme", StringComparison.OrdinalIgnoreCase);
}
