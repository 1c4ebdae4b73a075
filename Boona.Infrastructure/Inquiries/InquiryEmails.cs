using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Outreach.Templates;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// The models of the therapist e-mails of the inquiry workflow, rendered from the templates. Therapists read German;
/// patients appear by reference and facts only, never by name.
/// </summary>
internal static class InquiryEmails
{
    /// <summary>The right-hand side of generated Message-IDs.</summary>
    public const string MessageDomain = "boona.app";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static EmailDraft Inquiry(EmailTemplates templates, Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateOnly today, int coolingWeeks)
    {
        var model = PatientListModel(inquiry.ActivePatients, therapist, patients, today);
        model["cooling_weeks"] = coolingWeeks;
        return templates.Draft(TemplateKind.Inquiry, Header(EmailKind.Inquiry, therapist, inquiry.Id), model);
    }

    /// <summary>
    /// The reminder for a sent inquiry still waiting for an answer: only the patients it still waits for (neither answered
    /// nor withdrawn); the follow-up job queues it.
    /// </summary>
    public static EmailDraft Reminder(EmailTemplates templates, Inquiry inquiry, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateOnly today, DateOnly sentOn)
    {
        var model = PatientListModel(inquiry.ActivePatients.Where(p => p.Outcome == InquiryOutcome.Pending), therapist, patients, today);
        model["sent_on"] = sentOn.ToString("dd.MM.yyyy", German);
        return templates.Draft(TemplateKind.Reminder, Header(EmailKind.Reminder, therapist, inquiry.Id), model);
    }

    /// <summary>The withdrawal notice or the thank-you after a conflict, for one or more references (one e-mail per practice and day).</summary>
    public static EmailDraft Notice(EmailTemplates templates, TemplateKind kind, Therapist therapist, IReadOnlyList<string> references, int? inquiryId)
    {
        if (kind is not (TemplateKind.WithdrawalNotice or TemplateKind.ConflictThankYou) || references.Count == 0)
        {
            throw new ArgumentException($"A notice is a withdrawal notice or a thank-you about at least one reference, not {kind} with {references.Count}.", nameof(kind));
        }

        var model = TherapistModel(therapist);
        model["references"] = references.ToList();
        model["reference_count"] = references.Count;
        var emailKind = kind == TemplateKind.WithdrawalNotice ? EmailKind.WithdrawalNotice : EmailKind.ConflictThankYou;
        return templates.Draft(kind, Header(emailKind, therapist, inquiryId), model);
    }

    public static string Greeting(Therapist therapist)
    {
        var name = string.Join(' ', new[] { therapist.Title, therapist.LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return therapist.Salutation switch
        {
            Salutation.Frau => $"Sehr geehrte Frau {name},",
            Salutation.Herr => $"Sehr geehrter Herr {name},",
            Salutation.None => $"Guten Tag {therapist.DisplayName},",
        };
    }

    private static Dictionary<string, object?> PatientListModel(IEnumerable<InquiryPatient> entries, Therapist therapist, IReadOnlyDictionary<int, Patient> patients, DateOnly today)
    {
        var active = entries.ToList();
        var model = TherapistModel(therapist);
        model["patient_count"] = active.Count;
        model["patients"] = active.Select((p, i) => PatientSummaryGerman.Model(patients[p.PatientId], i + 1, today)).ToList();

        // The therapist-page issue fills in the personal answer link; until then the templates say "folgt".
        model["answer_link"] = string.Empty;
        return model;
    }

    private static Dictionary<string, object?> TherapistModel(Therapist therapist) => new()
    {
        ["greeting"] = Greeting(therapist),
        ["therapist_name"] = therapist.DisplayName,
    };

    private static EmailDraft Header(EmailKind kind, Therapist therapist, int? inquiryId) =>
        new(kind, therapist.Email!, therapist.DisplayName, string.Empty, string.Empty, InquiryId: inquiryId, TherapistId: therapist.Id);
}
