using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

internal sealed partial class AnswerContext
{
    /// <summary>
    /// Replaces a recorded answer and undoes what the old one did where nothing has built on it yet: the placement of an
    /// acceptance is taken back (and the patient returns to the inquiries it withdrew them from), the exclusion of a
    /// "not suitable" is lifted; then the new answer takes its effect as if recorded now. Any refusal leaves the context
    /// unsaved.
    /// </summary>
    public async Task<Result<AnswerCorrected>> CorrectAsync(AnswerCorrectionInput input, string? by, CancellationToken cancellationToken)
    {
        var wasConflict = inquiry.Patients.FirstOrDefault(p => p.SearchId == input.SearchId)?.IsConflict == true;
        var corrected = inquiry.CorrectAnswer(input.SearchId, input.Outcome, input.Reason, input.AnswerReason, now, by);
        if (!corrected.IsSuccess)
        {
            return Result<AnswerCorrected>.Failure(corrected.Errors);
        }

        var correction = corrected.Value;
        var entry = inquiry.PatientFor(input.SearchId);
        var therapist = await context.Therapists.SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        var search = await context.Searches.SingleAsync(s => s.Id == input.SearchId, cancellationToken);
        List<CorrectionEffect> effects = [];
        if (correction.From == InquiryOutcome.Accepted && !wasConflict)
        {
            var reverted = await RevertPlacementAsync(search, therapist.Id, correction.Reason, by, cancellationToken);
            if (!reverted.IsSuccess)
            {
                return Result<AnswerCorrected>.Failure(reverted.Errors);
            }

            effects.AddRange(reverted.Value);
        }

        var excludes = correction.To == InquiryOutcome.DeclinedNotSuitable || (correction.To == InquiryOutcome.DeclinedOther && input.ExcludeTherapist);
        if (entry.ExcludedTherapist && !excludes)
        {
            var wasExcluded = search.Excludes(therapist.Id);
            var lifted = search.RemoveExclusion(therapist.Id, correction.Reason, now, by);
            if (!lifted.IsSuccess)
            {
                return Result<AnswerCorrected>.Failure(lifted.Errors);
            }

            inquiry.NoteExclusion(search.Id, excluded: false);
            if (wasExcluded)
            {
                effects.Add(CorrectionEffect.ExclusionLifted);
            }
        }

        var excludedBefore = search.Excludes(therapist.Id);
        var effect = await EffectAsync(entry, therapist, search, input.ExcludeTherapist, cancellationToken);
        if (!effect.IsSuccess)
        {
            return Result<AnswerCorrected>.Failure(effect.Errors);
        }

        effects.AddRange(effect.Value switch
        {
            AnswerEffect.Placed => [CorrectionEffect.Placed],
            AnswerEffect.Conflict => [CorrectionEffect.Conflict],
            AnswerEffect.Excluded when !excludedBefore => [CorrectionEffect.Excluded],
            _ => Array.Empty<CorrectionEffect>(),
        });
        return Result.Success(new AnswerCorrected(correction.From, correction.To, effects));
    }

    /// <summary>
    /// Takes back the placement this inquiry's acceptance made, and returns the patient to every inquiry the placement
    /// withdrew them from; refused when the search moved on or one of those inquiries cannot take them back.
    /// </summary>
    private async Task<Result<IReadOnlyList<CorrectionEffect>>> RevertPlacementAsync(
        PlacementSearch search, int therapistId, string reason, string? by, CancellationToken cancellationToken)
    {
        var (placedAt, placedOn) = (search.PlacedAt, search.PlacedOn);
        var placedBefore = search.Events.Count(e => e.Kind == SearchEventKind.Placed) > 1;
        var reverted = search.RevertPlacement(therapistId, reason, now, by);
        if (!reverted.IsSuccess)
        {
            return Result<IReadOnlyList<CorrectionEffect>>.Failure(reverted.Errors);
        }

        var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
        var undone = patient.UndoPlacement(placedOn!.Value, placedBefore);
        if (!undone.IsSuccess)
        {
            return Result<IReadOnlyList<CorrectionEffect>>.Failure(undone.Errors);
        }

        // Withdrawn by this placement: at the moment it was recorded (or, for records older than that moment's keeping, at all).
        var withdrawnFrom = await context.Inquiries.Include(i => i.Patients)
            .Where(i => i.Id != inquiry.Id
                && i.Patients.Any(p => p.SearchId == search.Id && p.Outcome == InquiryOutcome.Withdrawn && (p.WithdrawnAt == null || p.WithdrawnAt >= placedAt)))
            .ToListAsync(cancellationToken);
        var noticeOwed = withdrawnFrom.Where(i => i.PatientFor(search.Id).WithdrawalNoticePending).Select(i => i.Id).ToList();
        var refusals = withdrawnFrom.Select(i => i.ReturnWithdrawn(search.Id)).SelectMany(r => r.Errors).Distinct().ToList();
        if (refusals.Count > 0)
        {
            return Result<IReadOnlyList<CorrectionEffect>>.Failure(refusals);
        }

        foreach (var inquiryId in noticeOwed)
        {
            await InquiryNotices.RecallAsync(context, inquiryId, search.Id, now, cancellationToken);
        }

        foreach (var unsent in withdrawnFrom.Where(i => i.Status == InquiryStatus.Unsent))
        {
            await InquiryOutreach.BundleChangedAsync(context, unsent, now, coolingWeeks, cancellationToken);
        }

        return Result.Success<IReadOnlyList<CorrectionEffect>>(
            withdrawnFrom.Count > 0 ? [CorrectionEffect.PlacementReverted, CorrectionEffect.ReturnedToInquiries] : [CorrectionEffect.PlacementReverted]);
    }
}
