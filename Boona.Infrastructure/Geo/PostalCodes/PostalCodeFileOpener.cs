using System.IO.Compression;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>An open data file; disposing it closes the archive and removes a downloaded copy.</summary>
internal sealed class OpenedPostalCodeFile(BoundedLineReader reader, IDisposable owner) : IDisposable
{
    public BoundedLineReader Reader => reader;

    public void Dispose()
    {
        reader.Dispose();
        owner.Dispose();
    }
}

/// <summary>
/// Opens a <see cref="PostalCodeSource"/> as lines: plain text or a zip archive such as GeoNames' DE.zip (its
/// DE.txt is read; readme.txt is not data). Every byte read, compressed or not, counts against the size limit.
/// </summary>
public sealed class PostalCodeFileOpener(
    IDbContextFactory<BoonaDbContext> contextFactory, PostalCodeDownloader downloader, PostalCodeImportFolder folder, IOptions<PostalCodeImportOptions> options)
{
    internal async Task<(OpenedPostalCodeFile? File, PostalCodeImportError? Error)> OpenAsync(PostalCodeSource source, CancellationToken cancellationToken)
    {
        var (stream, error) = source switch
        {
            PostalCodeSource.Upload upload => await ReadUploadAsync(upload, cancellationToken),
            PostalCodeSource.Download download => await downloader.DownloadAsync(download.Url, cancellationToken),
            PostalCodeSource.FolderFile named => Open(folder.Resolve(named.Name)),
            PostalCodeSource.OperatorFile path => Open(OperatorFile(path.Path)),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
        return stream is null ? (null, error) : Read(stream);
    }

    private async Task<(Stream?, PostalCodeImportError?)> ReadUploadAsync(PostalCodeSource.Upload upload, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var content = await context.PostalCodeUploads.Where(u => u.Id == upload.Id).Select(u => u.Content).SingleOrDefaultAsync(cancellationToken);
        return content is null
            ? (null, new PostalCodeImportError(PostalCodeFileProblem.SourceNotFound, null, upload.FileName))
            : (new MemoryStream(content, writable: false), null);
    }

    private (FileInfo?, PostalCodeImportError?) OperatorFile(string path)
    {
        var file = new FileInfo(path);
        return file.Exists
            ? (file, PostalCodeImportFolder.CheckRegular(file, options.Value.MaxFileBytes))
            : (null, new PostalCodeImportError(PostalCodeFileProblem.SourceNotFound, null, path));
    }

    private static (Stream?, PostalCodeImportError?) Open((FileInfo? File, PostalCodeImportError? Error) checkedFile) =>
        checkedFile is { File: { } file, Error: null }
            ? (new FileStream(file.FullName, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024), null)
            : (null, checkedFile.Error);

    private (OpenedPostalCodeFile?, PostalCodeImportError?) Read(Stream stream)
    {
        var limits = options.Value;
        if (!IsZip(stream))
        {
            return (Lines(new SizeLimitedStream(stream, limits.MaxFileBytes), stream), null);
        }

        // The archive itself is within the limit already: a checked file length, a bounded download or upload.
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
        }
        catch (InvalidDataException)
        {
            stream.Dispose();
            return (null, new PostalCodeImportError(PostalCodeFileProblem.BrokenArchive, null));
        }

        var entry = archive.Entries.FirstOrDefault(e => e.Name.Equals("DE.txt", StringComparison.OrdinalIgnoreCase))
            ?? archive.Entries.SingleOrDefault(e => IsDataFile(e.Name));
        PostalCodeImportError? refused = entry is null ? new(PostalCodeFileProblem.NoDataFileInArchive, null)
            : entry.Length > limits.MaxFileBytes ? new(PostalCodeFileProblem.TooLarge, null, PostalCodeImportError.Bytes(limits.MaxFileBytes))
            : null;
        if (refused is not null)
        {
            archive.Dispose();
            return (null, refused);
        }

        // The entry's declared size is the archive's claim; the limited stream holds the inflated bytes to the limit either way.
        return (Lines(new SizeLimitedStream(entry!.Open(), limits.MaxFileBytes), archive), null);
    }

    private OpenedPostalCodeFile Lines(Stream stream, IDisposable owner) =>
        new(new BoundedLineReader(new StreamReader(stream), options.Value.MaxLineLength), owner);

    private static bool IsZip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[4];
        var read = stream.ReadAtLeast(magic, 4, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
    }

    private static bool IsDataFile(string name) =>
        (name.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        && !name.StartsWith("readme", StringComparison.OrdinalIgnoreCase);
}
