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

    public const int MaxDiagnoses = 10;

    /// <summary>The psychotherapeutic Sprechstunde (PTV11) exists since 1 April 2017; an earlier date is a typing error.</summary>
    public static readonly DateOnly FirstSprechstundeDay = new(2017, 4, 1);

    /// <summary>Every rule of the clinical data; <c>birthDate</c>, when known, is the earliest day a last session can lie on.</summary>
    public IEnumerable<Error> Validate(DateOnly today, DateOnly? birthDate = null)
    {
        var errors = new List<Error>();
        if (Diagnoses.Distinct().Count() > MaxDiagnoses)
        {
            errors.Add(Error.Invalid("patient.diagnoses.too-many", $"Enter at most {MaxDiagnoses} diagnoses.", nameof(Diagnoses)));
        }

        if (Diagnoses.FirstOrDefault(d => !d.IsMentalDisorder) is { } other)
        {
            errors.Add(Error.Invalid("patient.diagnosis.not-mental", $"{other} is not a code of chapter F (F00–F99, mental and behavioural disorders).", nameof(Diagnoses)));
        }

        errors.AddRange(Choice.CheckAll(Symptoms, nameof(Symptoms)));
        if (Symptoms.Distinct().Count() > MaxSymptoms)
        {
            errors.Add(Error.Invalid("patient.symptoms.too-many", $"Choose at most {MaxSymptoms} symptoms.", nameof(Symptoms)));
        }

        if (SprechstundeOn > today)
        {
            errors.Add(Error.Invalid("patient.sprechstunde.future", "The Sprechstunde cannot lie in the future.", nameof(SprechstundeOn)));
        }
        else if (SprechstundeOn < FirstSprechstundeDay)
        {
            errors.Add(Error.Invalid("patient.sprechstunde.implausible", $"The Sprechstunde exists since {FirstSprechstundeDay:yyyy-MM-dd}.", nameof(SprechstundeOn)));
        }

        if (LastTherapySessionOn > today)
        {
            errors.Add(Error.Invalid("patient.last-session.future", "The last therapy session cannot lie in the future.", nameof(LastTherapySessionOn)));
        }
        else if (LastTherapySessionOn < today.AddYears(-PatientPersonalData.MaximumAge) || LastTherapySessionOn < birthDate)
        {
            errors.Add(Error.Invalid("patient.last-session.implausible", "The last therapy session cannot lie before the patient was born.", nameof(LastTherapySessionOn)));
        }

        if (!HadPriorPsychotherapy && LastTherapySessionOn is not null)
        {
            errors.Add(Error.Invalid("patient.last-session.without-therapy", "A last session date needs prior psychotherapy.", nameof(LastTherapySessionOn)));
        }

        errors.AddRange(History.Validate());
        return errors;
    }
}
