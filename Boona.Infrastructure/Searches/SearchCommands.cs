using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Boona.Infrastructure.Outreach.Templates;

namespace Boona.Infrastructure.Searches;

/// <summary>
/// Start, pause, resume and cancel a placement search, its notes and its exclusions; the patient's status follows.
/// The search and patient decide what is allowed; the <c>by</c> parameters name who acts, for the timeline.
/// </summary>
public sealed class SearchCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>Only for a pre-qualified patient without an open search; the database enforces "one open search" under races.</summary>
    public async Task<Result<int>> StartAsync(int patientId, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var patient = await context.Patients.SingleOrDefaultAsync(p => p.Id == patientId, cancellationToken);
        if (patient is null)
        {
            return PatientErrors.NotFound(patientId);
        }

        var hasOpenSearch = await HasOpenSearchAsync(context, patientId, cancellationToken);
        var started = PlacementSearch.StartFor(patient, hasOpenSearch, clock.Today(), clock.GetUtcNow());
        if (!started.IsSuccess)
        {
            return Result<int>.Failure(started.Errors);
        }

        context.Searches.Add(started.Value);
        try
        {
            PatientEmails.QueueSearchStarted(context, await EmailTemplates.LoadAsync(context, cancellationToken), patient, clock.Today(), clock.GetUtcNow());
        }
        catch (TemplateRenderException failure)
        {
            return Result<int>.Failure(failure.ToError());
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return Result<int>.Of(started.Value.Id);
        }
        catch (DbUpdateException)
        {
            // Another coordinator started one at the same moment: the unique index or the patient's version refused ours.
            await using var fresh = await contextFactory.CreateDbContextAsync(cancellationToken);
            return await HasOpenSearchAsync(fresh, patientId, cancellationToken) ? SearchErrors.AlreadyOpen : Error.Concurrency();
        }
    }

    /// <summary>
    /// Pauses an active search, open-ended or until a day after today (it resumes by itself on that day); the patient
    /// leaves the unsent inquiries (a sent one may still be answered when the pause ends).
    /// </summary>
    public Task<Result> PauseAsync(int searchId, SearchPauseInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, async (context, search, _, now) =>
        {
            var paused = search.Pause(input.Until, input.Reason, clock.Today(), now, by);
            if (paused.IsSuccess)
            {
                await InquiryWithdrawals.WithdrawAsync(context, searchId, WithdrawalScope.UnsentOnly, now, cancellationToken);
            }

            return paused;
        }, cancellationToken);

    public Task<Result> ResumeAsync(int searchId, SearchResumeInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, (search, _, now) => search.Resume(now, by), cancellationToken);

    /// <summary>
    /// Cancels a search that is not final, with a reason; a searching patient's search is cancelled then. Like a
    /// placement elsewhere, the patient leaves every open inquiry: unsent ones shrink, sent ones owe a notice.
    /// </summary>
    public Task<Result> CancelAsync(int searchId, SearchCancelInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, async (context, search, patient, now) =>
        {
            var cancelled = search.Cancel(input.Reason, now, by);
            var result = cancelled.IsSuccess && patient.Status == PatientStatus.Searching ? patient.MarkSearchCancelled() : cancelled;
            if (result.IsSuccess)
            {
                await InquiryWithdrawals.WithdrawAsync(context, searchId, WithdrawalScope.AllOpen, now, cancellationToken);
            }

            return result;
        }, cancellationToken);

    /// <summary>A line in the search's notes log, shown in its timeline with who wrote it and when.</summary>
    public Task<Result> AddNoteAsync(int searchId, SearchNoteInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, (search, _, now) => search.AddNote(input.Text, now, by), cancellationToken);

    /// <summary>Excludes a therapist for this search only (the patient's own list is <see cref="PatientExclusions"/>).</summary>
    public Task<Result> ExcludeAsync(int searchId, ExclusionInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, async (context, search, _, now) =>
            await PatientExclusions.TherapistExistsAsync(context, input.TherapistId, cancellationToken)
                ? search.Exclude(input.TherapistId, input.Reason, now, by)
                : Result.Failure(PatientExclusions.UnknownTherapist(input.TherapistId)), cancellationToken);

    /// <summary>Lifts one of this search's exclusions with a reason kept in the timeline; one that is not there changes nothing.</summary>
    public Task<Result> RemoveExclusionAsync(int searchId, ExclusionRemovalInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, input.Version, (search, _, now) => search.RemoveExclusion(input.TherapistId, input.Reason, now, by), cancellationToken);

    private Task<Result> ChangeAsync(int searchId, int? expectedVersion, Func<PlacementSearch, Patient, DateTimeOffset, Result> change, CancellationToken cancellationToken) =>
        ChangeAsync(searchId, expectedVersion, (_, search, patient, now) => Task.FromResult(change(search, patient, now)), cancellationToken);

    /// <summary>
    /// The one load–change–save of the search aggregate: the search (and its patient, whose status follows) or a
    /// not-found error; a stale <paramref name="expectedVersion"/> is <see cref="Error.Concurrency"/>; nothing is saved
    /// when the domain refuses.
    /// </summary>
    private async Task<Result> ChangeAsync(
        int searchId, int? expectedVersion, Func<BoonaDbContext, PlacementSearch, Patient, DateTimeOffset, Task<Result>> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is null)
        {
            return Result.Failure(SearchErrors.NotFound(searchId));
        }

        if (expectedVersion is { } version)
        {
            if (search.Version != version)
            {
                return Result.Failure(Error.Concurrency());
            }

            context.Entry(search).Property(s => s.Version).OriginalValue = version;
        }

        var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
        Result changed;
        try
        {
            changed = await change(context, search, patient, clock.GetUtcNow());
        }
        catch (TemplateRenderException failure)
        {
            // A notice could not be written: nothing of the change is saved.
            return Result.Failure(failure.ToError());
        }

        return changed.IsSuccess ? await PatientChanges.SaveAsync(context, cancellationToken) : changed;
    }

    private static Task<bool> HasOpenSearchAsync(BoonaDbContext context, int patientId, CancellationToken cancellationToken) =>
        context.Searches.WhereOpen().AnyAsync(s => s.PatientId == patientId, cancellationToken);
}
