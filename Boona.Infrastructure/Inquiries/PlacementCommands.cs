using Boona.Domain.Common;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>What follows a placement: the trial sessions went well (success) or did not (the search runs again).</summary>
public sealed class PlacementCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The coordinator confirms the therapy continues: search successful, patient in therapy, placement date kept.</summary>
    public Task<Result> ConfirmSuccessAsync(int searchId, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, async (context, search, now, today) =>
        {
            var confirmed = search.ConfirmSuccess(today, now);
            if (!confirmed.IsSuccess)
            {
                return confirmed;
            }

            var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
            return patient.MarkInTherapy(today);
        }, cancellationToken);

    /// <summary>The trial failed: the therapist goes on the search's exclusion list and the search is active again.</summary>
    public Task<Result> FailTrialAsync(int searchId, TrialFailureInput input, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, (_, search, now, _) => Task.FromResult(search.FailTrial(input.Reason, now)), cancellationToken);

    private async Task<Result> ChangeAsync(
        int searchId, Func<BoonaDbContext, PlacementSearch, DateTimeOffset, DateOnly, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return Result.Failure(InquiryErrors.SearchNotFound(searchId));
        }

        var changed = await change(context, search, clock.GetUtcNow(), clock.Today());
        if (!changed.IsSuccess)
        {
            return changed;
        }

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
