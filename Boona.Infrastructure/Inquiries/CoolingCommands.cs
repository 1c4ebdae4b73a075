using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Therapists;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The therapist's cooling period as the inquiry workflow sees it, and the coordinator's override.</summary>
public sealed record CoolingState(int TherapistId, int Version, DateOnly? NextContactAllowedOn, string? OverrideReason, DateTimeOffset? OverriddenAt);

public sealed class CoolingCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    public async Task<CoolingState?> GetAsync(int therapistId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Therapists.Where(t => t.Id == therapistId)
            .Select(t => new CoolingState(t.Id, t.Version, t.NextContactAllowedOn, t.CoolingOverrideReason, t.CoolingOverriddenAt))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets a different end of the cooling period (null: contact allowed at once); the reason is kept with the therapist.</summary>
    public Task<Result> OverrideAsync(int therapistId, CoolingOverrideInput input, CancellationToken cancellationToken) =>
        TherapistChanges.ApplyAsync(
            contextFactory,
            therapistId,
            input.Version,
            t => t.OverrideCooling(input.NextContactAllowedOn, input.Reason, clock.GetUtcNow()),
            cancellationToken);
}
