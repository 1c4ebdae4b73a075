using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Searches;

/// <summary>Start, pause, resume and cancel a placement search; the patient's status follows.</summary>
public sealed class SearchCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    private static readonly PatientStatus[] MaySearchFrom =
        [PatientStatus.Open, PatientStatus.SearchCancelled, PatientStatus.TherapyCancelled, PatientStatus.TherapyFinished];

    /// <summary>Only for a pre-qualified patient without an open search; the database enforces "one open search" under races.</summary>
    public async Task<Result<int>> StartAsync(int patientId, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return PatientErrors.NotFound(patientId);
        }

        if (await context.Searches.WhereOpen().AnyAsync(s => s.PatientId == patientId, cancellationToken))
        {
            return SearchErrors.AlreadyOpen;
        }

        var failed = PreQualification.Check(patient, today).Where(c => c.State == CheckState.Failed).Select(c => c.Code).ToList();
        if (failed.Count > 0)
        {
            return SearchErrors.NotQualified(failed);
        }

        if (!MaySearchFrom.Contains(patient.Status))
        {
            return SearchErrors.PatientStatus(patient.Status);
        }

        var search = PlacementSearch.Start(patientId, clock.GetUtcNow());
        patient.MarkSearching(today);
        context.Searches.Add(search);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result<int>.Of(search.Id);
        }
        catch (DbUpdateException)
        {
            // Another coordinator started one at the same moment: the unique index or the patient's version refused ours.
            return await HasOpenSearchAsync(patientId, cancellationToken) ? SearchErrors.AlreadyOpen : PatientErrors.Concurrency;
        }
    }

    /// <summary>Pauses an active search, open-ended or until a day after today (it resumes by itself on that day).</summary>
    public Task<Result> PauseAsync(int searchId, DateOnly? until, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, (search, _, now) =>
        {
            if (search.Status != SearchStatus.Active)
            {
                return SearchErrors.Transition(search.Status, "pause");
            }

            if (until is { } day && day <= clock.Today())
            {
                return SearchErrors.PauseUntilPast;
            }

            search.Pause(until, string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(), now);
            return null;
        }, cancellationToken);

    public Task<Result> ResumeAsync(int searchId, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, (search, _, now) =>
        {
            if (search.Status != SearchStatus.Paused)
            {
                return SearchErrors.Transition(search.Status, "resume");
            }

            search.Resume(now);
            return null;
        }, cancellationToken);

    public Task<Result> CancelAsync(int searchId, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, (search, patient, now) =>
        {
            if (search.Status.IsFinal())
            {
                return SearchErrors.Transition(search.Status, "be cancelled");
            }

            if (string.IsNullOrWhiteSpace(reason))
            {
                return SearchErrors.CancelReasonRequired;
            }

            search.Cancel(reason, now);
            if (patient.Status == PatientStatus.Searching)
            {
                patient.MarkSearchCancelled();
            }

            return null;
        }, cancellationToken);

    /// <summary>Loads the search and its patient, applies one transition (null = fine) and saves.</summary>
    private async Task<Result> ChangeAsync(int searchId, Func<PlacementSearch, Patient, DateTimeOffset, Error?> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return Result.Failure(SearchErrors.NotFound(searchId));
        }

        var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
        var error = change(search, patient, clock.GetUtcNow());
        return error is null ? await PatientCommands.SaveAsync(context, cancellationToken) : Result.Failure(error);
    }

    private async Task<bool> HasOpenSearchAsync(int patientId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await context.Searches.WhereOpen().AnyAsync(s => s.PatientId == patientId, cancellationToken);
    }
}
