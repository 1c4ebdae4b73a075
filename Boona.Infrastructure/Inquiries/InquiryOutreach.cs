using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Domain.Settings;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The outbox row or the planned call that carries an inquiry to the therapist, and keeping it true to the bundle.</summary>
internal static class InquiryOutreach
{
    /// <summary>
    /// Queues the inquiry e-mail, or plans the call for an inquiry by phone (<see cref="PlanCallAsync"/>, for
    /// <paramref name="coordinator"/>). The inquiry must have its id.
    /// </summary>
    public static async Task StartAsync(
        BoonaDbContext context, EmailTemplates templates, Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateTimeOffset now,
        OperationalSettings settings, string? coordinator, CancellationToken cancellationToken)
    {
        if (inquiry.Channel == ContactChannel.Email)
        {
            QueueEmail(context, templates, inquiry, therapist, patients, now, settings.CoolingWeeks);
            return;
        }

        await PlanCallAsync(context, inquiry, therapist, settings, coordinator, now, null, cancellationToken);
    }

    /// <summary>
    /// Plans the call that presents the inquiry, as the follow-up plans its calls: the next free slot of
    /// <paramref name="coordinator"/> inside the practice's phone hours, on a working day that is no holiday of its state
    /// (<see cref="CallSlots"/>); without phone hours the next working day at the settings' time.
    /// </summary>
    public static async Task PlanCallAsync(
        BoonaDbContext context, Inquiry inquiry, Therapist therapist, OperationalSettings settings, string? coordinator, DateTimeOffset now, string? note,
        CancellationToken cancellationToken)
    {
        var request = await CallCalendar.ForAsync(context, therapist, coordinator, settings, now, null, cancellationToken);
        context.PhoneCalls.Add(PhoneCall.Plan(therapist.Id, inquiry.Id, PhoneCallPurpose.Inquiry, CallSlots.Next(request, now), coordinator, note));
    }

    /// <summary>
    /// An unsent inquiry lost a patient (or got one back): the queued e-mail no longer holds and is replaced by one listing
    /// the patients now in it; a cancelled inquiry needs neither its e-mail nor its call.
    /// </summary>
    public static async Task BundleChangedAsync(BoonaDbContext context, Inquiry inquiry, DateTimeOffset now, int coolingWeeks, CancellationToken cancellationToken)
    {
        var queued = await context.EmailMessages
            .Where(m => m.InquiryId == inquiry.Id && m.Kind == EmailKind.Inquiry && m.Status == EmailStatus.Queued)
            .ToListAsync(cancellationToken);
        queued.ForEach(m => m.Cancel("The bundle changed before delivery."));
        if (inquiry.Status == InquiryStatus.Cancelled)
        {
            var calls = await context.PhoneCalls
                .Where(c => c.InquiryId == inquiry.Id && c.Status == PhoneCallStatus.Planned)
                .ToListAsync(cancellationToken);
            calls.ForEach(c => c.Cancel("Alle Patient:innen wurden anderweitig vermittelt."));
            return;
        }

        if (inquiry.Channel == ContactChannel.Email && queued.Count > 0)
        {
            var therapist = await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == inquiry.TherapistId, cancellationToken);
            var ids = inquiry.ActivePatients.Select(p => p.PatientId).ToList();
            var patients = await context.Patients.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
            QueueEmail(context, await EmailTemplates.LoadAsync(context, cancellationToken), inquiry, therapist, patients, now, coolingWeeks);
        }
    }

    /// <summary>The inquiry e-mail listing the inquiry's patients now, queued in <paramref name="context"/>.</summary>
    private static void QueueEmail(
        BoonaDbContext context, EmailTemplates templates, Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateTimeOffset now, int coolingWeeks)
    {
        var draft = InquiryEmails.Inquiry(templates, inquiry, therapist, patients, BoonaTime.ToLocalDate(now), coolingWeeks);
        context.EmailMessages.Add(EmailMessage.Queue(draft, InquiryEmails.MessageDomain, now));
    }
}
