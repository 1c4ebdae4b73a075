using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.ApiKeys;

/// <summary>Who is calling: the key's id, name and scope.</summary>
public sealed record ApiCaller(int KeyId, string Name, ApiKeyScope Scope);

/// <summary>
/// Checks a presented key against the stored hashes on every request, with no cache: a revoked or expired key is
/// refused from the next request on.
/// </summary>
public sealed class ApiKeyValidator(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>"Last used" is recorded at most this often, so that busy integrations do not write on every request.</summary>
    private static readonly TimeSpan UsageResolution = TimeSpan.FromMinutes(5);

    public async Task<ApiCaller?> FindAsync(string? presented, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(presented) || !presented.StartsWith(ApiKeySecret.Marker, StringComparison.Ordinal) || presented.Length > 100)
        {
            return null;
        }

        var hash = ApiKeySecret.Hash(presented.Trim());
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var key = await context.ApiKeys.SingleOrDefaultAsync(k => k.Hash == hash, cancellationToken);
        var now = clock.GetUtcNow();
        if (key is null || !key.IsValidAt(now))
        {
            return null;
        }

        if (key.LastUsedAt is null || now - key.LastUsedAt > UsageResolution)
        {
            key.MarkUsed(now);
            await context.SaveChangesAsync(cancellationToken);
        }

        return new ApiCaller(key.Id, key.Name, key.Scope);
    }
}
