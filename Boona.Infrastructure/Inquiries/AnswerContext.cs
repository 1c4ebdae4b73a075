using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// One answer being applied inside one context: the outcome's effects on search, patient, therapist and other inquiries.
/// <paramref name="answeredAt"/> is when the therapist answered (answer, cooling, placement); <paramref name="now"/> is
/// when it is recorded (withdrawals elsewhere, e-mails, exclusions).
/// </summary>
internal sealed class AnswerContext(BoonaDbContext context, Inquiry inquiry, DateTimeOffset now, DateTimeOffset answeredAt, int coolingWeeks)
{
    private const string NotSuitableReason = "Laut Therapeut:in nicht passend";

    private DateOnly AnsweredOn => BoonaTime.ToLocalDate(answeredAt);

    public async Task<AnswerEffect> ApplyAsync(AnswerInput input, CancellationToken cancellationToken)
    {
        var therapist = await context.Therapists.SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
        var search = await context.Searches.SingleAsync(s => s.Id == input.SearchId, cancellationToken);
        if (inquiry.Status == InquiryStatus.Unsent)
        {
            // An inquiry by phone is "sent" when the call is made; an answer shows it was.
            inquiry.MarkSent(answeredAt);
            await CompleteCallAsync(cancellationToken);
        }

        var firstAnswer = inquiry.PatientFor(input.SearchId).Outcome is InquiryOutcome.Pending or InquiryOutcome.Withdrawn;
        var entry = inquiry.RecordAnswer(input.SearchId, input.Outcome, answeredAt, input.Reason);
        if (firstAnswer)
        {
            therapist.StartCooling(AnsweredOn, coolingWeeks);
        }

        return input.Outcome switch
        {
            InquiryOutcome.Accepted => await AcceptAsync(entry, therapist, search, cancellationToken),
            InquiryOutcome.DeclinedNotSuitable => Exclude(search, therapist.Id, input.Reason ?? NotSuitableReason),
            InquiryOutcome.DeclinedOther when input.ExcludeTherapist => Exclude(search, therapist.Id, input.Reason!),
            InquiryOutcome.NoShow when search.Status == SearchStatus.Placed && search.PlacedTherapistId == therapist.Id => BackToActive(search),
            _ => AnswerEffect.Recorded,
        };
    }

    /// <summary>The first acceptance places the patient; any later one is a conflict, recorded and thanked for.</summary>
    private async Task<AnswerEffect> AcceptAsync(InquiryPatient entry, Therapist therapist, PlacementSearch search, CancellationToken cancellationToken)
    {
        if (!entry.IsConflict && search.Status == SearchStatus.Active)
        {
            search.Place(therapist.Id, AnsweredOn, now);
            var patient = await context.Patients.SingleAsync(p => p.Id == search.PatientId, cancellationToken);
            patient.MarkPlaced(AnsweredOn);
            await WithdrawElsewhereAsync(search.Id, cancellationToken);
            return AnswerEffect.Placed;
        }

        if (!entry.IsConflict)
        {
            inquiry.MarkConflict(search.Id);
        }

        if (therapist.Email is not null)
        {
            var patient = await context.Patients.AsNoTracking().SingleAsync(p => p.Id == search.PatientId, cancellationToken);
            context.EmailMessages.Add(EmailMessage.Queue(InquiryEmails.ConflictThankYou(inquiry, therapist, patient), InquiryEmails.MessageDomain, now));
        }

        return AnswerEffect.Conflict;
    }

    /// <summary>
    /// Unsent inquiries shrink; sent ones keep the patient as withdrawn and owe a notice; an emptied one is cancelled
    /// with its planned calls.
    /// </summary>
    private async Task WithdrawElsewhereAsync(int searchId, CancellationToken cancellationToken)
    {
        var others = await context.Inquiries.Include(i => i.Patients)
            .Where(i => i.Id != inquiry.Id && i.Status != InquiryStatus.Cancelled
                && i.Patients.Any(p => p.SearchId == searchId && p.Outcome == InquiryOutcome.Pending))
            .ToListAsync(cancellationToken);
        foreach (var other in others)
        {
            var wasUnsent = other.Status == InquiryStatus.Unsent;
            other.Withdraw(searchId, now);
            if (wasUnsent || other.Status == InquiryStatus.Cancelled)
            {
                await InquiryOutreach.ShrinkAsync(context, other, now, coolingWeeks, cancellationToken);
            }
        }
    }

    private AnswerEffect Exclude(PlacementSearch search, int therapistId, string reason)
    {
        search.Exclude(therapistId, reason, now);
        return AnswerEffect.Excluded;
    }

    private AnswerEffect BackToActive(PlacementSearch search)
    {
        search.RecordNoShow(now);
        return AnswerEffect.BackToActive;
    }

    private async Task CompleteCallAsync(CancellationToken cancellationToken)
    {
        var calls = await context.PhoneCalls
            .Where(c => c.InquiryId == inquiry.Id && c.Purpose == PhoneCallPurpose.Inquiry && c.Status == PhoneCallStatus.Planned)
            .ToListAsync(cancellationToken);
        calls.ForEach(c => c.RecordReached("Anfrage telefonisch vorgestellt", now));
    }
}
