using Boona.Domain.Common;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Boona.Infrastructure.Outreach.Templates;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// What follows a placement: the trial sessions went well (success) or did not (the search runs again), and the search
/// running again placed with a standing acceptance.
/// </summary>
public sealed class PlacementCommands(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
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

    /// <summary>
    /// Places the patient with the therapist whose acceptance lost to an earlier one (a conflict), once the search runs
    /// again: as an acceptance does, from today — the patient leaves every other open inquiry. The search judges whether
    /// the acceptance still stands (<see cref="PlacementSearch.CanTakeStandingAcceptance"/>).
    /// </summary>
    public async Task<Result> TakeStandingAcceptanceAsync(int searchId, int inquiryId, string? by, CancellationToken cancellationToken)
    {
        var validFor = (await settings.GetAsync(cancellationToken)).AvailabilityExpiry;
        return await ChangeAsync(searchId, async (context, search, now, today) =>
        {
            var inquiry = await context.Inquiries.Include(i => i.Patients).SingleOrDefaultAsync(i => i.Id == inquiryId, cancellationToken);
            if (inquiry is null)
            {
                return Result.Failure(InquiryErrors.InquiryNotFound(inquiryId));
            }

            if (!inquiry.Contains(searchId))
            {
                return Result.Failure(SearchErrors.StandingNone);
            }

            var therapist = await context.Therapists.SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
            var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
            var placed = search.TakeStandingAcceptance(inquiry, therapist, patient, today, now, validFor, by);
            var marked = placed.IsSuccess ? patient.MarkPlaced(today) : placed;
            if (!marked.IsSuccess)
            {
                return marked;
            }

            await InquiryWithdrawals.WithdrawAsync(context, searchId, WithdrawalScope.AllOpen, now, cancellationToken);
            PatientEmails.QueuePlaceFound(context, await EmailTemplates.LoadAsync(context, cancellationToken), patient, therapist, now);
            return Result.Success();
        }, cancellationToken);
    }

    private async Task<Result> ChangeAsync(
        int searchId, Func<BoonaDbContext, PlacementSearch, DateTimeOffset, DateOnly, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return Result.Failure(InquiryErrors.SearchNotFound(searchId));
        }

        Result changed;
        try
        {
            changed = await change(context, search, clock.GetUtcNow(), clock.Today());
        }
        catch (TemplateRenderException failure)
        {
            return Result.Failure(failure.ToError());
        }

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
