using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Persistence;

/// <summary>Lets use cases ask for a <see cref="BoonaDbContext"/> whatever provider is configured.</summary>
internal sealed class BoonaDbContextFactory<TContext>(IDbContextFactory<TContext> inner) : IDbContextFactory<BoonaDbContext>
    where TContext : BoonaDbContext
{
    public BoonaDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<BoonaDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default) =>
        await inner.CreateDbContextAsync(cancellationToken);
}
