using System.Globalization;
using System.Text;
using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;

namespace Boona.Infrastructure.FollowUp;

/// <summary>
/// The reminder to a practice that has not answered an inquiry, in German; patients by reference only. The one place its
/// text is built (to become the <c>reminder</c> template).
/// </summary>
internal static class ReminderEmail
{
    public static EmailDraft Draft(Inquiry inquiry, Therapist therapist, IReadOnlyList<Patient> pending)
    {
        var body = new StringBuilder();
        body.AppendLine(Greeting(therapist)).AppendLine();
        var sent = BoonaTime.ToLocalDate(inquiry.SentAt ?? inquiry.CreatedAt);
        body.AppendLine(CultureInfo.InvariantCulture, $"am {sent:dd.MM.yyyy} haben wir Sie nach einem Therapieplatz gefragt. Für");
        body.AppendLine(pending.Count == 1 ? "die folgende Person haben wir noch keine Antwort:" : "die folgenden Personen haben wir noch keine Antwort:");
        foreach (var patient in pending)
        {
            body.AppendLine(CultureInfo.InvariantCulture, $"- {patient.Reference}");
        }

        body.AppendLine();
        body.AppendLine("Eine kurze Antwort pro Referenz genügt: Platz frei, keine Kapazität oder passt nicht.");
        body.AppendLine("Sonst rufen wir Sie in den nächsten Tagen in Ihrer Telefonzeit an.").AppendLine();
        body.Append("Mit freundlichen Grüßen\nIhr Boona-Team\n");
        var subject = pending.Count == 1 ? "Erinnerung: Anfrage zu einem Therapieplatz" : $"Erinnerung: Anfrage zu Therapieplätzen für {pending.Count} Personen";
        return new EmailDraft(EmailKind.Reminder, therapist.Email!, therapist.DisplayName, subject, body.ToString(), InquiryId: inquiry.Id, TherapistId: therapist.Id);
    }

    private static string Greeting(Therapist therapist)
    {
        var name = string.Join(' ', new[] { therapist.Title, therapist.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return therapist.Salutation switch
        {
            Salutation.Frau => $"Sehr geehrte Frau {name},",
            Salutation.Herr => $"Sehr geehrter Herr {name},",
            Salutation.None => $"Guten Tag {therapist.DisplayName},",
        };
    }
}
