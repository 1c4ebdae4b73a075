using System.Globalization;
using System.Text;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>The outbox and the call list behind the demo inquiries: sent and queued e-mails, one dead one, planned and made calls.</summary>
internal sealed class DemoOutreach(DateTimeOffset now, DateOnly today)
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public List<EmailMessage> Emails { get; } = [];

    public List<(PhoneCall Call, Inquiry? FollowUpOf)> Calls { get; } = [];

    public void Create(IReadOnlyList<DemoInquiry> inquiries, IReadOnlyDictionary<int, Therapist> therapists, IReadOnlyDictionary<int, Patient> patients)
    {
        foreach (var (inquiry, scenario) in inquiries.Where(d => d.Inquiry.Status != InquiryStatus.Cancelled))
        {
            var therapist = therapists[inquiry.TherapistId];
            if (inquiry.Channel == ContactChannel.Email)
            {
                var email = EmailMessage.Queue(Draft(inquiry, therapist, patients), "boona.demo", inquiry.CreatedAt);
                if (inquiry.SentAt is { } sentAt)
                {
                    email.MarkSent(sentAt);
                }

                Emails.Add(email);
            }
            else
            {
                var call = PhoneCall.Plan(therapist.Id, inquiry.Id, PhoneCallPurpose.Inquiry, inquiry.SentAt ?? NextWorkingDayAt(therapist));
                if (inquiry.SentAt is { } calledAt)
                {
                    call.RecordReached("Anfrage telefonisch vorgestellt", calledAt);
                }

                Calls.Add((call, null));
            }

            if (scenario == DemoScenario.Overdue)
            {
                // The follow-up day has passed, so the call is due today: the start page's first tile has work. From the
                // second overdue inquiry on, the calls already gave up, so the calls page and the inquiry ask for a decision.
                var followUp = PhoneCall.Plan(therapist.Id, inquiry.Id, PhoneCallPurpose.FollowUp, TodayAt(therapist), note: "Keine Antwort auf Anfrage und Erinnerung.");
                if (Calls.Any(c => c.Call.Purpose == PhoneCallPurpose.FollowUp))
                {
                    GiveUp(followUp, inquiry);
                }

                Calls.Add((followUp, inquiry));
            }
        }

        AddDeadReminder(inquiries, therapists, patients);
    }

    private void GiveUp(PhoneCall call, Inquiry inquiry)
    {
        const int attempts = 3;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            call.Miss(now.AddDays(attempt - attempts), attempts, now.AddDays(attempt - attempts - 1));
        }

        inquiry.FlagForDecision(now.AddDays(-1));
    }

    private void AddDeadReminder(IReadOnlyList<DemoInquiry> inquiries, IReadOnlyDictionary<int, Therapist> therapists, IReadOnlyDictionary<int, Patient> patients)
    {
        var overdue = inquiries.FirstOrDefault(d => d.Scenario == DemoScenario.Overdue && d.Inquiry.Channel == ContactChannel.Email)?.Inquiry;
        if (overdue is null)
        {
            return;
        }

        var draft = Draft(overdue, therapists[overdue.TherapistId], patients) with { Kind = EmailKind.Reminder, Subject = "Erinnerung: Anfrage zu Therapieplätzen" };
        var reminder = EmailMessage.Queue(draft, "boona.demo", now.AddDays(-2));
        var policy = new EmailRetryPolicy(3, TimeSpan.FromMinutes(5), TimeSpan.FromHours(1));
        for (var attempt = 0; attempt < policy.MaxAttempts; attempt++)
        {
            reminder.MarkFailed("550 5.1.1 Mailbox unavailable", now.AddDays(-2).AddMinutes(attempt * 10), policy);
        }

        Emails.Add(reminder);
    }

    private EmailDraft Draft(Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients)
    {
        var body = new StringBuilder();
        body.AppendLine(CultureInfo.InvariantCulture, $"Guten Tag {therapist.DisplayName},");
        body.AppendLine();
        body.AppendLine("wir suchen für die folgenden vorqualifizierten Patient:innen einen Therapieplatz:");
        foreach (var entry in inquiry.ActivePatients)
        {
            var patient = patients[entry.PatientId];
            var diagnoses = patient.Diagnoses.Count > 0 ? string.Join(", ", patient.Diagnoses) : "Sprechstunde erfolgt";
            body.AppendLine(German, $"- {patient.Reference}: {patient.AgeOn(today)} Jahre, {diagnoses}, {patient.HoursPerWeekAvailable} Std./Woche verfügbar");
        }

        body.AppendLine();
        body.AppendLine("Über Ihren persönlichen Link können Sie pro Patient:in antworten.");
        return new EmailDraft(EmailKind.Inquiry, therapist.Email!, therapist.DisplayName, "Anfrage zu Therapieplätzen", body.ToString(), InquiryId: inquiry.Id, TherapistId: therapist.Id);
    }

    private DateTimeOffset NextWorkingDayAt(Therapist therapist)
    {
        var day = today.AddDays(1);
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return InPhoneHours(therapist, day);
    }

    private DateTimeOffset TodayAt(Therapist therapist) => InPhoneHours(therapist, today);

    private static DateTimeOffset InPhoneHours(Therapist therapist, DateOnly day)
    {
        var window = therapist.PhoneHours.On(day.DayOfWeek).FirstOrDefault();
        return BoonaTime.AtLocal(day, window?.Start ?? new TimeOnly(10, 0));
    }
}
