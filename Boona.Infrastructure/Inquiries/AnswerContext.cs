using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// One answer being applied inside one context: the outcome's effects on search, patient, therapist and other inquiries.
/// <paramref name="answeredAt"/> is when the therapist answered (answer, cooling, placement); <paramref name="now"/> is
/// when it is recorded (withdrawals elsewhere, e-mails, exclusions).
/// </summary>
internal sealed partial class AnswerContext(BoonaDbContext context, Inquiry inquiry, DateTimeOffset now, DateTimeOffset answeredAt, int coolingWeeks)
{
    private const string NotSuitableReason = "Laut Therapeut:in nicht passend";

    private const string AllAnswered = "Alle Antworten erfasst";

    private DateOnly AnsweredOn => BoonaTime.ToLocalDate(answeredAt);

    /// <summary>Records the answer and applies its effects; a refusal by any entity leaves the context unsaved.</summary>
    public async Task<Result<AnswerEffect>> ApplyAsync(AnswerInput input, CancellationToken cancellationToken)
    {
        var therapist = await context.Therapists.SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        var wasUnsent = inquiry.Status == InquiryStatus.Unsent;
        var firstAnswer = inquiry.Patients.FirstOrDefault(p => p.SearchId == input.SearchId)?.Outcome is null or InquiryOutcome.Pending or InquiryOutcome.Withdrawn;
        var recorded = inquiry.RecordAnswer(input.SearchId, input.Outcome, answeredAt, input.Reason);
        if (!recorded.IsSuccess)
        {
            return Result<AnswerEffect>.Failure(recorded.Errors);
        }

        if (wasUnsent)
        {
            // An inquiry by phone is "sent" when the call is made; the answer shows it was.
            await CompleteCallAsync(cancellationToken);
        }

        if (firstAnswer)
        {
            therapist.StartCooling(AnsweredOn, coolingWeeks);
        }

        if (!inquiry.Patients.Any(p => p.Outcome == InquiryOutcome.Pending))
        {
            await EndPlannedCallsAsync(cancellationToken);
        }

        var search = await context.Searches.SingleAsync(s => s.Id == input.SearchId, cancellationToken);
        return input.Outcome == InquiryOutcome.NoShow && search.Status == SearchStatus.Placed && search.PlacedTherapistId == therapist.Id
            ? BackToActive(search)
            : await EffectAsync(recorded.Value, therapist, search, input.ExcludeTherapist, cancellationToken);
    }

    /// <summary>What the answer now recorded for <paramref name="entry"/> does to the search: placement, conflict, exclusion.</summary>
    private async Task<Result<AnswerEffect>> EffectAsync(InquiryPatient entry, Therapist therapist, PlacementSearch search, bool excludeTherapist, CancellationToken cancellationToken) =>
        entry.Outcome switch
        {
            InquiryOutcome.Accepted => await AcceptAsync(entry, therapist, search, cancellationToken),
            InquiryOutcome.DeclinedNotSuitable => Exclude(search, therapist.Id, entry.Reason ?? NotSuitableReason),
            InquiryOutcome.DeclinedOther when excludeTherapist => Exclude(search, therapist.Id, entry.Reason!),
            _ => Result.Success(AnswerEffect.Recorded),
        };

    /// <summary>
    /// The first acceptance places the patient; any later one is a conflict, recorded and thanked for. A paused or
    /// cancelled search is neither: nobody placed the patient and nobody is searching, so the coordinator decides.
    /// </summary>
    private async Task<Result<AnswerEffect>> AcceptAsync(InquiryPatient entry, Therapist therapist, PlacementSearch search, CancellationToken cancellationToken)
    {
        if (!entry.IsConflict && search.Status is SearchStatus.Paused or SearchStatus.Cancelled)
        {
            return InquiryErrors.SearchNotSearching(search.Status);
        }

        if (!entry.IsConflict && search.Status == SearchStatus.Active)
        {
            var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
            if (Refused(search.Place(therapist.Id, AnsweredOn, now), patient.MarkPlaced(AnsweredOn)) is { } refusal)
            {
                return refusal;
            }

            await InquiryWithdrawals.WithdrawAsync(context, search.Id, WithdrawalScope.AllOpen, now, cancellationToken, inquiry.Id, coolingWeeks);
            PatientEmails.QueuePlaceFound(context, await EmailTemplates.LoadAsync(context, cancellationToken), patient, therapist, now);
            return Result.Success(AnswerEffect.Placed);
        }

        if (!entry.IsConflict)
        {
            inquiry.MarkConflict(search.Id);
        }

        await InquiryNotices.QueueAsync(context, EmailKind.ConflictThankYou, therapist, inquiry.Id, search.Id, Patient.ReferenceOf(search.PatientId), now, cancellationToken);
        return Result.Success(AnswerEffect.Conflict);
    }

    /// <summary>
    /// Excludes the therapist from the search and notes on the answer that it did; one excluded meanwhile (by hand) stays
    /// excluded as it was, and a correction of this answer leaves that exclusion alone.
    /// </summary>
    private Result<AnswerEffect> Exclude(PlacementSearch search, int therapistId, string reason)
    {
        if (search.Excludes(therapistId))
        {
            return Result.Success(AnswerEffect.Excluded);
        }

        if (Refused(search.Exclude(therapistId, reason, now)) is { } refusal)
        {
            return refusal;
        }

        inquiry.NoteExclusion(search.Id, excluded: true);
        return Result.Success(AnswerEffect.Excluded);
    }

    private Result<AnswerEffect> BackToActive(PlacementSearch search) =>
        Refused(search.RecordNoShow(now)) ?? Result.Success(AnswerEffect.BackToActive);

    private static Result<AnswerEffect>? Refused(params Result[] results) =>
        results.SelectMany(r => r.Errors).ToList() is { Count: > 0 } errors ? Result<AnswerEffect>.Failure(errors) : null;

    /// <summary>Every patient has an answer: nothing left to follow up, so the inquiry's planned calls leave today's list.</summary>
    private async Task EndPlannedCallsAsync(CancellationToken cancellationToken)
    {
        var calls = await context.PhoneCalls
            .Where(c => c.InquiryId == inquiry.Id && c.Status == PhoneCallStatus.Planned)
            .ToListAsync(cancellationToken);

        // Checked again in memory: the inquiry call itself may have been marked reached just now, unsaved.
        calls.Where(c => c.Status == PhoneCallStatus.Planned).ToList().ForEach(c => c.Cancel(AllAnswered));
    }

    private async Task CompleteCallAsync(CancellationToken cancellationToken)
    {
        var calls = await context.PhoneCalls
            .Where(c => c.InquiryId == inquiry.Id && c.Purpose == PhoneCallPurpose.Inquiry && c.Status == PhoneCallStatus.Planned)
            .ToListAsync(cancellationToken);
        calls.ForEach(c => c.RecordReached("Anfrage telefonisch vorgestellt", now));
    }
}
