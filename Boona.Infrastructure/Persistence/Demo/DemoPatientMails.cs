using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Patients;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>
/// The e-mails the demo patients got, as the app would have queued them (shipped templates), all sent: the registration
/// confirmation, "search started" and, for placed searches, "place found" — so the patient page has messages to show.
/// </summary>
internal static class DemoPatientMails
{
    public static void Create(BoonaDbContext context, IReadOnlyList<Patient> patients, IReadOnlyList<PlacementSearch> searches, IReadOnlyDictionary<int, Therapist> therapists)
    {
        var templates = EmailTemplates.Defaults;
        var searchOf = searches.GroupBy(s => s.PatientId).ToDictionary(g => g.Key, g => g.OrderBy(s => s.CreatedAt).First());
        foreach (var patient in patients)
        {
            PatientEmails.QueueRegistration(context, templates, patient, patient.CreatedAt)?.MarkSent(patient.CreatedAt.AddMinutes(1));
            if (!searchOf.TryGetValue(patient.Id, out var search))
            {
                continue;
            }

            PatientEmails.QueueSearchStarted(context, templates, patient, BoonaTime.ToLocalDate(search.CreatedAt), search.CreatedAt)?.MarkSent(search.CreatedAt.AddMinutes(1));
            if (search.PlacedTherapistId is { } placed && search.PlacedAt is { } placedAt)
            {
                PatientEmails.QueuePlaceFound(context, templates, patient, therapists[placed], placedAt)?.MarkSent(placedAt.AddMinutes(1));
            }
        }
    }
}
