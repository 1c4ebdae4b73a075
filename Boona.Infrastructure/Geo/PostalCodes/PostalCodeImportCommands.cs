using Boona.Domain.Common;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Starts a postal-code import from the admin page: an uploaded file, an allowed https URL or a file in the
/// import folder. What is refused here is refused again by the job; this only answers the admin at once.
/// </summary>
public sealed class PostalCodeImportCommands(
    IDbContextFactory<BoonaDbContext> contextFactory, JobCommands jobs, PostalCodeImportFolder folder, IOptions<PostalCodeImportOptions> options, TimeProvider clock)
{
    public const string UrlField = "url";

    public long MaxFileBytes => options.Value.MaxFileBytes;

    public IReadOnlyList<string> AllowedHosts => options.Value.Hosts;

    /// <summary>Stores the upload (reading at most the limit) and starts the job on it.</summary>
    public async Task<Result> StartUploadAsync(string fileName, Stream content, string user, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        var bytes = await ReadAtMostAsync(content, MaxFileBytes, progress, cancellationToken);
        if (bytes is null)
        {
            return Result.Failure(new Error("postal-codes.too-large", $"The file is larger than {PostalCodeImportError.Bytes(MaxFileBytes)}."));
        }

        var now = clock.GetUtcNow();
        var name = Path.GetFileName(fileName);
        var upload = new PostalCodeUpload
        {
            Id = Guid.NewGuid(),
            FileName = name.Length > PostalCodeUpload.FileNameLength ? name[..PostalCodeUpload.FileNameLength] : name,
            Content = bytes,
            UploadedBy = user,
            UploadedAt = now,
        };
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            var stale = now - PostalCodeUpload.KeptAtMost;
            await context.PostalCodeUploads.Where(u => u.UploadedAt < stale).ExecuteDeleteAsync(cancellationToken);
            context.PostalCodeUploads.Add(upload);
            await context.SaveChangesAsync(cancellationToken);
        }

        var started = await StartAsync(new PostalCodeSource.Upload(upload.Id, upload.FileName), user, cancellationToken);
        if (!started.IsSuccess)
        {
            await using var context = await contextFactory.CreateDbContextAsync(CancellationToken.None);
            await context.PostalCodeUploads.Where(u => u.Id == upload.Id).ExecuteDeleteAsync(CancellationToken.None);
        }

        return started;
    }

    /// <summary>Why the URL may not be imported from, for the field; null when it may.</summary>
    public Error? RefuseUrl(string url) =>
        PostalCodeUrlRule.Check(url, AllowedHosts) is null
            ? new Error("postal-codes.url-not-allowed", $"Only https URLs on {string.Join(", ", AllowedHosts)}.", UrlField)
            : null;

    public Task<Result> StartDownloadAsync(string url, string user, CancellationToken cancellationToken) =>
        RefuseUrl(url) is { } refused
            ? Task.FromResult(Result.Failure(refused))
            : StartAsync(new PostalCodeSource.Download(url.Trim()), user, cancellationToken);

    /// <summary>The files of the import folder an admin may choose; empty without a folder.</summary>
    public IReadOnlyList<string> FolderFiles() => folder.ListFiles();

    public bool HasImportFolder => folder.IsConfigured;

    public Task<Result> StartFromFolderAsync(string name, string user, CancellationToken cancellationToken) =>
        folder.Resolve(name).Error is { } error
            ? Task.FromResult(Result.Failure(new Error("postal-codes.file-not-allowed", error.Message)))
            : StartAsync(new PostalCodeSource.FolderFile(name), user, cancellationToken);

    private Task<Result> StartAsync(PostalCodeSource source, string user, CancellationToken cancellationToken) =>
        jobs.RunNowAsync(PostalCodeImportJob.Name, user, PostalCodeImportJob.Parameters(source), cancellationToken);

    /// <summary>The whole content, or null as soon as it is longer than the limit.</summary>
    private static async Task<byte[]?> ReadAtMostAsync(Stream content, long limit, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[64 * 1024];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
            progress?.Report(buffer.Length);
        }

        return buffer.ToArray();
    }
}
