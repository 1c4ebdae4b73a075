using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Replaces the postal-code centroids with the content of a GeoNames file: read and checked completely
/// first, then swapped in one transaction, so a refused file or a failure leaves the old data intact.
/// </summary>
public sealed class PostalCodeImporter(IDbContextFactory<BoonaDbContext> contextFactory, IHttpClientFactory httpClientFactory)
{
    private const int ChunkSize = 1000;

    public async Task<PostalCodeImportResult> ImportAsync(string source, JobProgress progress, CancellationToken cancellationToken)
    {
        progress.Note($"Reading {source}");
        var (file, openError) = await new PostalCodeSource(httpClientFactory).OpenAsync(source, cancellationToken);
        if (file is null)
        {
            return PostalCodeImportResult.Refused(openError!);
        }

        IReadOnlyList<PostalCodeCentroid> centroids;
        using (file)
        {
            var (parsed, parseError) = await PostalCodeFileParser.ParseAsync(file.Reader, cancellationToken);
            if (parseError is not null)
            {
                return PostalCodeImportResult.Refused(parseError);
            }

            centroids = parsed;
        }

        progress.SetTotal(centroids.Count);
        progress.Note($"Replacing the postal codes with {centroids.Count} from {source}");
        await ReplaceAsync(centroids, progress, cancellationToken);
        var regions = centroids.Select(c => c.Code[..2]).Distinct().Count();
        progress.Note($"Imported {centroids.Count} postal codes in {regions} regions from {source}.");
        return new PostalCodeImportResult(centroids.Count, regions, null);
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
}
