using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;

namespace Boona.Infrastructure.Patients;

/// <summary>
/// The e-mails to patients, rendered from the templates and queued in the caller's context, so that they are saved with
/// the change that caused them. A patient without an e-mail address gets none. E-mail is not a safe place for health
/// data (GDPR Art. 9): the models carry the greeting, the reference, dates, counts and the therapist's practice
/// contact — never diagnoses, symptoms, the anamnesis or anything about other patients.
/// </summary>
internal static class PatientEmails
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>The registration confirmation; the patient needs her id (the reference), so queue it after she was first saved.</summary>
    public static EmailMessage? QueueRegistration(BoonaDbContext context, EmailTemplates templates, Patient patient, DateTimeOffset now) =>
        Queue(context, templates, TemplateKind.PatientRegistration, EmailKind.PatientRegistration, patient, Model(patient), now);

    public static EmailMessage? QueueSearchStarted(BoonaDbContext context, EmailTemplates templates, Patient patient, DateOnly startedOn, DateTimeOffset now)
    {
        var model = Model(patient);
        model["started_on"] = startedOn.ToString("dd.MM.yyyy", German);
        return Queue(context, templates, TemplateKind.PatientSearchStarted, EmailKind.PatientSearchStarted, patient, model, now);
    }

    /// <summary>"Place found": the practice's name, address, phone and phone hours, and what to say on the first call.</summary>
    public static EmailMessage? QueuePlaceFound(BoonaDbContext context, EmailTemplates templates, Patient patient, Therapist therapist, DateTimeOffset now)
    {
        var model = Model(patient);
        model["therapist_name"] = therapist.DisplayName;
        model["therapist_address"] = string.Join(", ", new[] { therapist.Street, $"{therapist.PostalCode.Value} {therapist.City}" }.Where(p => !string.IsNullOrWhiteSpace(p)));
        model["therapist_phone"] = therapist.Phone ?? "bitte bei uns erfragen";
        model["phone_hours"] = therapist.PhoneHours.IsEmpty ? "zu den üblichen Praxiszeiten" : PatientSummaryGerman.Windows(therapist.PhoneHours);
        model["first_call_script"] = FirstCallScript(patient);
        return Queue(context, templates, TemplateKind.PatientPlaceFound, EmailKind.PatientPlaceFound, patient, model, now);
    }

    /// <summary>The weekly progress: how many practices were asked, how many answered, what happens next.</summary>
    public static EmailMessage? QueueProgress(BoonaDbContext context, EmailTemplates templates, Patient patient, SearchProgress progress, DateTimeOffset now)
    {
        var model = Model(patient);
        model["practices_contacted"] = progress.PracticesContacted;
        model["answers"] = progress.Answers;
        model["open_inquiries"] = progress.OpenInquiries;
        model["next_steps"] = NextSteps(progress);
        return Queue(context, templates, TemplateKind.PatientProgress, EmailKind.PatientProgress, patient, model, now);
    }

    public static string Greeting(Patient patient) => patient.Salutation switch
    {
        Salutation.Frau => $"Guten Tag Frau {patient.LastName},",
        Salutation.Herr => $"Guten Tag Herr {patient.LastName},",
        Salutation.None => $"Guten Tag {patient.FullName},",
    };

    public static string FirstCallScript(Patient patient) =>
        $"Guten Tag, ich bin über Boona vermittelt worden (Referenz {patient.Reference}) und möchte einen Termin für die probatorischen Sitzungen vereinbaren.";

    private static string NextSteps(SearchProgress progress) => (progress.PracticesContacted, progress.OpenInquiries) switch
    {
        (0, _) => "Wir suchen passende Praxen in Ihrer Nähe und fragen sie in den nächsten Tagen an.",
        (_, > 0) => "Wir warten auf die übrigen Antworten, fassen nach, wo noch keine kam, und fragen bei Bedarf weitere Praxen an.",
        _ => "Wir fragen in dieser Woche weitere passende Praxen an.",
    };

    private static Dictionary<string, object?> Model(Patient patient) => new()
    {
        ["greeting"] = Greeting(patient),
        ["reference"] = patient.Reference,
    };

    /// <summary>The queued message (added to <paramref name="context"/>), or null for a patient without an address.</summary>
    private static EmailMessage? Queue(
        BoonaDbContext context, EmailTemplates templates, TemplateKind template, EmailKind kind, Patient patient, Dictionary<string, object?> model, DateTimeOffset now)
    {
        if (patient.Email is not { } to)
        {
            return null;
        }

        var header = new EmailDraft(kind, to, patient.FullName, string.Empty, string.Empty, PatientId: patient.Id);
        var message = EmailMessage.Queue(templates.Draft(template, header, model), InquiryEmails.MessageDomain, now);
        context.EmailMessages.Add(message);
        return message;
    }
}

/// <summary>What the weekly progress e-mail counts for one search: practices asked (sent inquiries), their answers, those still open.</summary>
internal sealed record SearchProgress(int PracticesContacted, int Answers, int OpenInquiries);
