using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>The clinical pre-qualification: diagnosis or Sprechstunde, symptoms, prior therapy.</summary>
public sealed record PatientClinicalData(
    IReadOnlyCollection<Icd10Code> Diagnoses,
    DateOnly? SprechstundeOn,
    IReadOnlyCollection<Symptom> Symptoms,
    bool HadPriorPsychotherapy,
    DateOnly? LastTherapySessionOn,
    ClinicalHistory History)
{
    public const int MaxSymptoms = 6;

    public IEnumerable<Error> Validate(DateOnly today)
    {
        if (Symptoms.Distinct().Count() > MaxSymptoms)
        {
            yield return new Error("patient.symptoms.too-many", $"Choose at most {MaxSymptoms} symptoms.", nameof(Symptoms));
        }

        if (SprechstundeOn > today)
        {
            yield return new Error("patient.sprechstunde.future", "The Sprechstunde cannot lie in the future.", nameof(SprechstundeOn));
        }

        if (LastTherapySessionOn > today)
        {
            yield return new Error("patient.last-session.future", "The last therapy session cannot lie in the future.", nameof(LastTherapySessionOn));
        }

        if (!HadPriorPsychotherapy && LastTherapySessionOn is not null)
        {
            yield return new Error("patient.last-session.without-therapy", "A last session date needs prior psychotherapy.", nameof(LastTherapySessionOn));
        }
    }
}
