using Boona.Domain.Outreach;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>
/// The placeholders each template may use: top-level names, and the member names of the lists it can loop over.
/// Save refuses any other name, so a misspelt placeholder never reaches a recipient as an empty gap.
/// </summary>
internal static class TemplateVocabulary
{
    /// <summary>What the inquiry and the reminder say about one patient; never a name.</summary>
    public static readonly string[] PatientMembers =
        ["position", "reference", "age", "gender", "diagnosis", "has_diagnosis", "symptoms", "sprechstunde", "insurance", "availability", "hours_per_week", "group_therapy", "prior_therapy"];

    private static readonly string[] TherapistGreeting = ["greeting", "therapist_name"];

    private static readonly Dictionary<TemplateKind, (string[] Names, string[] Members)> Sets = new()
    {
        [TemplateKind.Inquiry] = ([.. TherapistGreeting, "patient_count", "patients", "cooling_weeks", "answer_link"], PatientMembers),
        [TemplateKind.Reminder] = ([.. TherapistGreeting, "patient_count", "patients", "sent_on", "answer_link"], PatientMembers),
        [TemplateKind.WithdrawalNotice] = ([.. TherapistGreeting, "references", "reference_count"], []),
        [TemplateKind.ConflictThankYou] = ([.. TherapistGreeting, "references", "reference_count"], []),
        [TemplateKind.PatientRegistration] = (["greeting", "reference"], []),
        [TemplateKind.PatientSearchStarted] = (["greeting", "reference", "started_on"], []),
        [TemplateKind.PatientPlaceFound] = (["greeting", "reference", "therapist_name", "therapist_address", "therapist_phone", "phone_hours", "first_call_script"], []),
        [TemplateKind.PatientProgress] = (["greeting", "reference", "practices_contacted", "answers", "open_inquiries", "next_steps"], []),
        [TemplateKind.LegalFooter] = ([], []),
    };

    public static IReadOnlyCollection<string> Names(TemplateKind kind) => Sets[kind].Names;

    public static IReadOnlyCollection<string> Members(TemplateKind kind) => Sets[kind].Members;
}
