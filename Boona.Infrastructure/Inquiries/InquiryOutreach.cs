using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The outbox row or the planned call that carries an inquiry to the therapist, and keeping it true to the bundle.</summary>
internal static class InquiryOutreach
{
    /// <summary>Queues the inquiry e-mail, or plans the call for an inquiry by phone. The inquiry must have its id.</summary>
    public static void Start(BoonaDbContext context, EmailTemplates templates, Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateTimeOffset now, int coolingWeeks)
    {
        var today = BoonaTime.ToLocalDate(now);
        if (inquiry.Channel == ContactChannel.Email)
        {
            context.EmailMessages.Add(EmailMessage.Queue(InquiryEmails.Inquiry(templates, inquiry, therapist, patients, today, coolingWeeks), InquiryEmails.MessageDomain, now));
            return;
        }

        context.PhoneCalls.Add(PhoneCall.Plan(therapist.Id, inquiry.Id, PhoneCallPurpose.Inquiry, FirstCallAt(therapist, now)));
    }

    /// <summary>The first moment to call the practice from <paramref name="now"/>: inside its phone hours, else the default time.</summary>
    public static DateTimeOffset FirstCallAt(Therapist therapist, DateTimeOffset now)
    {
        var local = TimeOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, BoonaTime.Zone).DateTime);
        var (day, time) = InquiryCallTime.First(therapist.PhoneHours, BoonaTime.ToLocalDate(now), local);
        return BoonaTime.AtLocal(day, time);
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
            Start(context, await EmailTemplates.LoadAsync(context, cancellationToken), inquiry, therapist, patients, now, coolingWeeks);
        }
    }
}
