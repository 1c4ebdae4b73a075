using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>What the centroid table holds.</summary>
public sealed record PostalCodeSummary(int PostalCodes, int Regions);

public sealed class PostalCodeQueries(IDbContextFactory<BoonaDbContext> contextFactory)
{
    public async Task<PostalCodeSummary> GetSummaryAsync(CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var codes = await context.PostalCodes.CountAsync(cancellationToken);
        var regions = await context.PostalCodes.Select(c => c.Code.Substring(0, 2)).Distinct().CountAsync(cancellationToken);
        return new PostalCodeSummary(codes, regions);
    }

    /// <summary>The centroids of the given codes, in one query; unknown codes are missing from the answer.</summary>
    public async Task<IReadOnlyDictionary<string, PostalCodeCentroid>> FindAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var wanted = codes.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Dictionary<string, PostalCodeCentroid>();
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.PostalCodes.AsNoTracking().Where(c => wanted.Contains(c.Code)).ToDictionaryAsync(c => c.Code, StringComparer.Ordinal, cancellationToken);
    }
}
