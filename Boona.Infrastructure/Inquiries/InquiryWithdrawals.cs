using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Settings;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Which open inquiries a patient leaves.</summary>
internal enum WithdrawalScope
{
    /// <summary>Placed elsewhere or no longer searching: unsent inquiries shrink, sent ones owe the therapist a notice.</summary>
    AllOpen,

    /// <summary>Paused: only unsent inquiries lose the patient; a sent one may still be answered after the pause.</summary>
    UnsentOnly,
}

/// <summary>
/// Takes a patient out of the open inquiries that still wait for an answer about them, in the caller's context
/// (saved with the change that caused it): an unsent inquiry shrinks (its queued e-mail is replaced), a sent one keeps
/// the patient as withdrawn with a notice owed (queued as the day's withdrawal notice to the practice), and an inquiry
/// left without patients is cancelled with its calls.
/// </summary>
internal static class InquiryWithdrawals
{
    public static async Task WithdrawAsync(
        BoonaDbContext context, int searchId, WithdrawalScope scope, DateTimeOffset now, CancellationToken cancellationToken, int? exceptInquiryId = null, int? coolingWeeks = null)
    {
        var open = context.Inquiries.Include(i => i.Patients)
            .Where(i => i.Status != InquiryStatus.Cancelled && i.Patients.Any(p => p.SearchId == searchId && p.Outcome == InquiryOutcome.Pending));
        if (exceptInquiryId is { } except)
        {
            open = open.Where(i => i.Id != except);
        }

        if (scope == WithdrawalScope.UnsentOnly)
        {
            open = open.Where(i => i.Status == InquiryStatus.Unsent);
        }

        var inquiries = await open.ToListAsync(cancellationToken);
        if (inquiries.Count == 0)
        {
            return;
        }

        var weeks = coolingWeeks ?? ((await context.Settings.AsNoTracking().SingleOrDefaultAsync(cancellationToken))?.Values ?? OperationalSettings.Defaults).CoolingWeeks;
        foreach (var inquiry in inquiries)
        {
            var wasUnsent = inquiry.Status == InquiryStatus.Unsent;
            inquiry.Withdraw(searchId, now);
            if (wasUnsent || inquiry.Status == InquiryStatus.Cancelled)
            {
                await InquiryOutreach.BundleChangedAsync(context, inquiry, now, weeks, cancellationToken);
            }

            if (inquiry.PatientFor(searchId) is { WithdrawalNoticePending: true } withdrawn)
            {
                var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
                await InquiryNotices.QueueAsync(context, EmailKind.WithdrawalNotice, therapist, inquiry.Id, searchId, Patient.ReferenceOf(withdrawn.PatientId), now, cancellationToken);
            }
        }
    }
}
