using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Imports postal-code centroids from the upload, URL or import-folder file given when it was started; on demand only.</summary>
[DisallowConcurrentExecution]
public sealed class PostalCodeImportJob(PostalCodeImporter importer, JobRunRecorder recorder, ILogger<PostalCodeImportJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "postal-code-import";

    /// <summary>The admin page that asks for the file and starts the import.</summary>
    public const string StartPage = "/admin/postal-codes";

    private const string UploadKey = "upload";
    private const string UploadNameKey = "uploadName";
    private const string UrlKey = "url";
    private const string FileKey = "file";

    /// <summary>The job data for a source. A path of the operator's is not one: it never goes through a job.</summary>
    public static IReadOnlyDictionary<string, string> Parameters(PostalCodeSource source) => source switch
    {
        PostalCodeSource.Upload upload => new Dictionary<string, string> { [UploadKey] = upload.Id.ToString("N"), [UploadNameKey] = upload.FileName },
        PostalCodeSource.Download download => new Dictionary<string, string> { [UrlKey] = download.Url },
        PostalCodeSource.FolderFile file => new Dictionary<string, string> { [FileKey] = file.Name },
        _ => throw new ArgumentException("Only an upload, a URL or an import-folder file can be imported by the job.", nameof(source)),
    };

    protected override async Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken)
    {
        var source = SourceOf(context) ?? throw new JobFailedException("No source given: start the import from the postal-code page.");
        var result = await importer.ImportAsync(source, progress, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new JobFailedException(result.Error!.Message);
        }
    }

    private static PostalCodeSource? SourceOf(IJobExecutionContext context) =>
        Guid.TryParseExact(JobData.Get(context, UploadKey), "N", out var upload) ? new PostalCodeSource.Upload(upload, JobData.Get(context, UploadNameKey) ?? "upload")
        : JobData.Get(context, UrlKey) is { } url ? new PostalCodeSource.Download(url)
        : JobData.Get(context, FileKey) is { } file ? new PostalCodeSource.FolderFile(file)
        : null;
}
