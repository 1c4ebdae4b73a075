using Boona.Domain.Outreach;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>
/// Made-up data for every placeholder of every kind: the live preview on the templates page, the render check on save
/// and the tests. <c>plural</c> lists two patients or references instead of one, so both wordings can be looked at.
/// </summary>
internal static class TemplateSamples
{
    public static Dictionary<string, object?> For(TemplateKind kind, bool plural = false)
    {
        var references = plural ? new List<string> { "P-00012", "P-00047" } : ["P-00012"];
        List<Dictionary<string, object?>> patients = plural ? [Patient(1, "P-00012", withDiagnosis: true), Patient(2, "P-00047", withDiagnosis: false)] : [Patient(1, "P-00012", withDiagnosis: true)];
        return kind switch
        {
            TemplateKind.Inquiry => new()
            {
                ["greeting"] = "Sehr geehrte Frau Dr. Muster,",
                ["therapist_name"] = "Dr. Erika Muster",
                ["patient_count"] = patients.Count,
                ["patients"] = patients,
                ["cooling_weeks"] = 4,
                ["answer_link"] = "https://boona.app/antwort/beispiel",
            },
            TemplateKind.Reminder => new()
            {
                ["greeting"] = "Sehr geehrte Frau Dr. Muster,",
                ["therapist_name"] = "Dr. Erika Muster",
                ["patient_count"] = patients.Count,
                ["patients"] = patients,
                ["sent_on"] = "02.11.2026",
                ["answer_link"] = string.Empty,
            },
            TemplateKind.WithdrawalNotice or TemplateKind.ConflictThankYou => new()
            {
                ["greeting"] = "Sehr geehrter Herr Beispiel,",
                ["therapist_name"] = "Max Beispiel",
                ["references"] = references,
                ["reference_count"] = references.Count,
            },
            TemplateKind.PatientRegistration => new() { ["greeting"] = "Guten Tag Alex Beispiel,", ["reference"] = "P-00012" },
            TemplateKind.PatientSearchStarted => new() { ["greeting"] = "Guten Tag Alex Beispiel,", ["reference"] = "P-00012", ["started_on"] = "02.11.2026" },
            TemplateKind.PatientPlaceFound => new()
            {
                ["greeting"] = "Guten Tag Alex Beispiel,",
                ["reference"] = "P-00012",
                ["therapist_name"] = "Dr. Erika Muster",
                ["therapist_address"] = "Hauptstraße 5, 50667 Köln",
                ["therapist_phone"] = "0221 123456",
                ["phone_hours"] = "Mo 08:00–09:00; Do 12:00–13:00",
                ["first_call_script"] = "Guten Tag, ich bin über Boona vermittelt worden (Referenz P-00012) und möchte einen Termin für die probatorischen Sitzungen vereinbaren.",
            },
            TemplateKind.PatientProgress => new()
            {
                ["greeting"] = "Guten Tag Alex Beispiel,",
                ["reference"] = "P-00012",
                ["practices_contacted"] = 6,
                ["answers"] = 2,
                ["open_inquiries"] = 4,
                ["next_steps"] = "Wir warten auf die übrigen Antworten und fragen in dieser Woche weitere Praxen an.",
            },
            TemplateKind.LegalFooter => [],
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static Dictionary<string, object?> Patient(int position, string reference, bool withDiagnosis) => new()
    {
        ["position"] = position,
        ["reference"] = reference,
        ["age"] = withDiagnosis ? 34 : 27,
        ["gender"] = withDiagnosis ? "weiblich" : "divers",
        ["has_diagnosis"] = withDiagnosis,
        ["diagnosis"] = withDiagnosis ? "F32.1" : string.Empty,
        ["symptoms"] = withDiagnosis ? "Niedergeschlagenheit" : "Ängste, Schlafprobleme",
        ["sprechstunde"] = withDiagnosis ? string.Empty : "Sprechstunde am 14.10.2026 erfolgt",
        ["insurance"] = "gesetzlich",
        ["availability"] = "Mo 08:00–12:00; Mi 14:00–18:00",
        ["hours_per_week"] = 8,
        ["group_therapy"] = withDiagnosis ? "ja" : "nein",
        ["prior_therapy"] = withDiagnosis ? "keine" : "ja, letzte Sitzung 03/2024",
    };
}
