using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Searches;

/// <summary>
/// Resumes every paused search whose pause ended (today or earlier, German calendar day). Idempotent:
/// a second run the same day finds nothing. Runs in batches so 10,000 searches never sit in one context.
/// </summary>
public sealed class ResumeDueSearches(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Returns how many searches were resumed; <paramref name="progress"/> hears the running count after each batch.</summary>
    public async Task<int> RunAsync(IProgress<int>? progress, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var resumed = 0;
        var afterId = 0;
        while (true)
        {
            var (batchIds, count) = await ResumeBatchAsync(afterId, today, cancellationToken);
            if (batchIds.Count == 0)
            {
                return resumed;
            }

            resumed += count;
            afterId = batchIds[^1];
            progress?.Report(resumed);
        }
    }

    private async Task<(List<int> Ids, int Resumed)> ResumeBatchAsync(int afterId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var due = await context.Searches
            .Where(s => s.Status == SearchStatus.Paused && s.PausedUntil != null && s.PausedUntil <= today && s.Id > afterId)
            .OrderBy(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var resumed = due.Count(s => s.ResumeIfDue(today, now));
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return ([.. due.Select(s => s.Id)], resumed);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A coordinator changed one of them meanwhile: retry each on its own, skipping the one that moved.
            var ids = due.Select(s => s.Id).ToList();
            var one = 0;
            foreach (var id in ids)
            {
                one += await ResumeOneAsync(id, today, cancellationToken) ? 1 : 0;
            }

            return (ids, one);
        }
    }

    private async Task<bool> ResumeOneAsync(int searchId, DateOnly today, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.SingleAsync(s => s.Id == searchId, cancellationToken);
        if (!search.ResumeIfDue(today, clock.GetUtcNow()))
        {
            return false;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            return false;
        }
    }
}
