using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;

namespace Boona.Web.Components.Pages.Patients;

/// <summary>Which tab of the patient form holds which field, so that a tab with an error can be marked and opened.</summary>
internal static class PatientFormTabs
{
    public static readonly string[][] Fields =
    [
        [nameof(PatientInput.Salutation), nameof(PatientInput.Gender), nameof(PatientInput.FirstName), nameof(PatientInput.LastName),
            nameof(PatientInput.BirthDate), nameof(PatientInput.Street), nameof(PatientInput.PostalCode), nameof(PatientInput.City),
            nameof(PatientInput.Email), nameof(PatientInput.Phone)],
        [nameof(PatientInput.InsurerName), nameof(PatientInput.InsuranceType), nameof(PatientInput.InsuranceNumber), nameof(PatientInput.GeneralPractitioner)],
        [nameof(PatientInput.Diagnoses), nameof(PatientInput.SprechstundeOn), nameof(PatientInput.Symptoms),
            nameof(PatientInput.HadPriorPsychotherapy), nameof(PatientInput.LastTherapySessionOn)],
        [.. new[]
        {
            nameof(ClinicalHistoryInput.CurrentComplaints), nameof(ClinicalHistoryInput.ComplaintsSince), nameof(ClinicalHistoryInput.InpatientTreatment),
            nameof(ClinicalHistoryInput.PriorTreatments), nameof(ClinicalHistoryInput.PhysicalIllnesses), nameof(ClinicalHistoryInput.Medication),
            nameof(ClinicalHistoryInput.StressFactors), nameof(ClinicalHistoryInput.SupportSystems), nameof(ClinicalHistoryInput.ReasonForTherapy),
            nameof(ClinicalHistoryInput.Expectations), nameof(ClinicalHistoryInput.Goals),
        }.Select(ClinicalHistory.Field)],
        [nameof(PatientInput.AvailableTimes), nameof(PatientInput.HoursPerWeekAvailable), nameof(PatientInput.MaxDistanceKm),
            nameof(PatientInput.TravelMode), nameof(PatientInput.OpenForGroupTherapy), nameof(PatientInput.OpenForDiga)],
        [nameof(PatientInput.TherapistGender), nameof(PatientInput.Methods), nameof(PatientInput.Languages)],
        [nameof(PatientInput.ContractsSigned), nameof(PatientInput.ConsentGiven), nameof(PatientInput.ConsentVersion),
            nameof(PatientInput.PaymentReference), nameof(PatientInput.Paid), nameof(PatientInput.ReferredBy)],
    ];

    public static bool HasError(int tab, FieldErrors errors) => Fields[tab].Any(errors.Has);

    /// <summary>The first tab showing an error, or null.</summary>
    public static int? FirstWithError(FieldErrors errors)
    {
        for (var tab = 0; tab < Fields.Length; tab++)
        {
            if (HasError(tab, errors))
            {
                return tab;
            }
        }

        return null;
    }
}
