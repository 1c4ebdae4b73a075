using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.ApiKeys;

/// <summary>A key as the admin page lists it; never the key itself.</summary>
public sealed record ApiKeyRow(
    int Id, string Name, string Prefix, ApiKeyScope Scope, string CreatedBy, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? LastUsedAt, DateTimeOffset? RevokedAt)
{
    public bool IsExpiredAt(DateTimeOffset now) => RevokedAt is null && now >= ExpiresAt;
}

/// <summary>The key just created: shown once, then only its hash remains.</summary>
public sealed record CreatedApiKey(int Id, string Key, DateTimeOffset ExpiresAt);

/// <summary>Admins create, list and revoke API keys.</summary>
public sealed class ApiKeyCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock, IOptions<ApiKeyOptions> options)
{
    public const int MaxNameLength = 100;

    public async Task<Result<CreatedApiKey>> CreateAsync(string name, ApiKeyScope scope, string createdBy, CancellationToken cancellationToken)
    {
        if (Text.IsBlank(name) || Text.Check(name, "Name", MaxNameLength).Any())
        {
            return Error.Invalid("api-key.name", $"A key needs a name of at most {MaxNameLength} characters.", "Name");
        }

        if (!Enum.IsDefined(scope))
        {
            return Error.Invalid("api-key.scope", "Choose what the key may do.", "Scope");
        }

        var key = ApiKeySecret.NewKey();
        var apiKey = new ApiKey(name.Trim(), ApiKeySecret.PrefixOf(key), ApiKeySecret.Hash(key), scope, createdBy, clock.GetUtcNow(), options.Value.Lifetime);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.ApiKeys.Add(apiKey);
        await context.SaveChangesAsync(cancellationToken);
        return Result<CreatedApiKey>.Of(new CreatedApiKey(apiKey.Id, key, apiKey.ExpiresAt));
    }

    public async Task<Result> RevokeAsync(int id, string revokedBy, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var apiKey = await context.ApiKeys.SingleOrDefaultAsync(k => k.Id == id, cancellationToken);
        if (apiKey is null)
        {
            return Result.Failure(Error.NotFound("api-key.not-found", $"There is no API key {id}."));
        }

        apiKey.Revoke(revokedBy, clock.GetUtcNow());
        await context.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <summary>Active keys first (revoked and expired ones after them), newest first.</summary>
    public async Task<IReadOnlyList<ApiKeyRow>> ListAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.ApiKeys.AsNoTracking()
            .OrderBy(k => k.RevokedAt != null || k.ExpiresAt <= now).ThenByDescending(k => k.CreatedAt).ThenByDescending(k => k.Id)
            .Select(k => new ApiKeyRow(k.Id, k.Name, k.Prefix, k.Scope, k.CreatedBy, k.CreatedAt, k.ExpiresAt, k.LastUsedAt, k.RevokedAt))
            .ToListAsync(cancellationToken);
    }
}
