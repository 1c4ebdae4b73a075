using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Replaces the postal-code centroids with the content of a GeoNames file: read and checked completely
/// first, then swapped in one transaction, so a refused file or a failure leaves the old data intact.
/// </summary>
public sealed class PostalCodeImporter(IDbContextFactory<BoonaDbContext> contextFactory, PostalCodeFileOpener opener, IOptions<PostalCodeImportOptions> options)
{
    private const int ChunkSize = 1000;

    public async Task<PostalCodeImportResult> ImportAsync(PostalCodeSource source, JobProgress progress, CancellationToken cancellationToken)
    {
        try
        {
            progress.Note($"Reading {source.Display}");
            var (centroids, error) = await ReadAsync(source, cancellationToken);
            if (error is not null)
            {
                return PostalCodeImportResult.Refused(error);
            }

            progress.SetTotal(centroids.Count);
            progress.Note($"Replacing the postal codes with {centroids.Count} from {source.Display}");
            await ReplaceAsync(centroids, progress, cancellationToken);
            var regions = centroids.Select(c => c.Code[..2]).Distinct().Count();
            progress.Note($"Imported {centroids.Count} postal codes in {regions} regions from {source.Display}.");
            return new PostalCodeImportResult(centroids.Count, regions, null);
        }
        finally
        {
            if (source is PostalCodeSource.Upload upload)
            {
                await DeleteUploadAsync(upload.Id);
            }
        }
    }

    private async Task<(IReadOnlyList<PostalCodeCentroid> Centroids, PostalCodeImportError? Error)> ReadAsync(PostalCodeSource source, CancellationToken cancellationToken)
    {
        var (file, openError) = await opener.OpenAsync(source, cancellationToken);
        if (file is null)
        {
            return ([], openError);
        }

        using (file)
        {
            try
            {
                return await PostalCodeFileParser.ParseAsync(file.Reader, options.Value.MaxLineLength, cancellationToken);
            }
            catch (FileTooLargeException tooLarge)
            {
                return ([], new PostalCodeImportError(PostalCodeFileProblem.TooLarge, null, PostalCodeImportError.Bytes(tooLarge.Limit)));
            }
            catch (InvalidDataException)
            {
                // A zip entry whose compressed data is broken.
                return ([], new PostalCodeImportError(PostalCodeFileProblem.BrokenArchive, null));
            }
        }
    }

    private async Task ReplaceAsync(IReadOnlyList<PostalCodeCentroid> centroids, JobProgress progress, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ChangeTracker.AutoDetectChangesEnabled = false;
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        await context.PostalCodes.ExecuteDeleteAsync(cancellationToken);
        foreach (var chunk in centroids.Chunk(ChunkSize))
        {
            context.PostalCodes.AddRange(chunk);
            await context.SaveChangesAsync(cancellationToken);
            context.ChangeTracker.Clear();
            progress.Advance(chunk.Length);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    // Not cancellable: an upload is read once, whatever became of the import.
    private async Task DeleteUploadAsync(Guid id)
    {
        await using var context = await contextFactory.CreateDbContextAsync(CancellationToken.None);
        await context.PostalCodeUploads.Where(u => u.Id == id).ExecuteDeleteAsync(CancellationToken.None);
    }
}
