using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Imports postal-code centroids from the path or URL given when it was started; on demand only.</summary>
[DisallowConcurrentExecution]
public sealed class PostalCodeImportJob(PostalCodeImporter importer, JobRunRecorder recorder, ILogger<PostalCodeImportJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "postal-code-import";

    /// <summary>The admin page that asks for the file and starts the import.</summary>
    public const string StartPage = "/admin/postal-codes";

    /// <summary>The job-data key holding the file path or URL.</summary>
    public const string SourceKey = "source";

    protected override async Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken)
    {
        var source = JobData.Get(context, SourceKey) ?? throw new JobFailedException("No source given: start the import with a file path or URL.");
        var result = await importer.ImportAsync(source, progress, cancellationToken);
        if (!result.IsSuccess)
        {
            throw new JobFailedException(result.Error!.Message);
        }
    }
}
