using System.Globalization;
using System.Text;
using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Inquiries;

/// <summary>The German e-mails of the inquiry workflow. Therapists read German; patients appear by reference only.</summary>
internal static class InquiryEmails
{
    /// <summary>The right-hand side of generated Message-IDs.</summary>
    public const string MessageDomain = "boona.app";

    public static EmailDraft Inquiry(Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateOnly today, int coolingWeeks)
    {
        var active = inquiry.ActivePatients.ToList();
        var body = new StringBuilder();
        body.AppendLine(Greeting(therapist)).AppendLine();
        body.AppendLine(active.Count == 1
            ? "wir suchen für die folgende vorqualifizierte Person einen Therapieplatz:"
            : "wir suchen für die folgenden vorqualifizierten Personen einen Therapieplatz:");
        body.AppendLine("Diagnose bzw. Sprechstunde, zeitliche Verfügbarkeit und Versicherung haben wir vorab geprüft.").AppendLine();
        for (var i = 0; i < active.Count; i++)
        {
            foreach (var line in PatientSummaryGerman.Lines(patients[active[i].PatientId], i + 1, today))
            {
                body.AppendLine(line);
            }

            body.AppendLine();
        }

        body.AppendLine("Bitte antworten Sie uns kurz pro Referenz: Platz für probatorische Sitzungen frei, keine Kapazität,");
        body.AppendLine("oder passt nicht. Eine Antwort genügt – danach fragen wir Sie mindestens");
        body.AppendLine(CultureInfo.InvariantCulture, $"{coolingWeeks} Wochen lang nicht erneut an.").AppendLine();
        body.Append(Closing);
        var subject = active.Count == 1 ? "Anfrage zu einem Therapieplatz" : $"Anfrage zu Therapieplätzen für {active.Count} Personen";
        return new EmailDraft(EmailKind.Inquiry, therapist.Email!, therapist.DisplayName, subject, body.ToString(), InquiryId: inquiry.Id, TherapistId: therapist.Id);
    }

    /// <summary>A place offered after the patient was placed elsewhere: good news, and thanks for it.</summary>
    public static EmailDraft ConflictThankYou(Inquiry inquiry, Therapist therapist, Patient patient)
    {
        var body = new StringBuilder();
        body.AppendLine(Greeting(therapist)).AppendLine();
        body.AppendLine(CultureInfo.InvariantCulture, $"herzlichen Dank für Ihr Angebot für {patient.Reference}! Inzwischen hat diese Person bereits");
        body.AppendLine("einen Platz gefunden. Wir melden uns in Kürze mit einem Vorschlag für eine andere passende Person.");
        body.AppendLine().Append(Closing);
        return new EmailDraft(EmailKind.ConflictThankYou, therapist.Email!, therapist.DisplayName, $"Vielen Dank – {patient.Reference} ist bereits versorgt", body.ToString(), InquiryId: inquiry.Id, TherapistId: therapist.Id);
    }

    private const string Closing = "Mit freundlichen Grüßen\nIhr Boona-Team\n";

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
