using Boona.Domain.Common;
using Boona.Infrastructure.Persistence;
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
    public async Task<Result> OverrideAsync(int therapistId, int version, DateOnly? nextContactAllowedOn, string reason, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Result.Failure(InquiryErrors.CoolingReasonRequired);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapist = await context.Therapists.SingleOrDefaultAsync(t => t.Id == therapistId, cancellationToken);
        if (therapist is null)
        {
            return Result.Failure(InquiryErrors.TherapistNotFound(therapistId));
        }

        if (therapist.Version != version)
        {
            return Result.Failure(InquiryErrors.Concurrency);
        }

        therapist.OverrideCooling(nextContactAllowedOn, reason, clock.GetUtcNow());
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(InquiryErrors.Concurrency);
        }
    }
}
