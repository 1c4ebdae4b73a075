using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

public sealed partial class Therapist
{
    private List<Icd10Prefix> _preferredDiagnoses = [];

    /// <summary>Diagnoses the therapist wants to treat; empty means any. Matched hierarchically.</summary>
    public IReadOnlyList<Icd10Prefix> PreferredDiagnoses => _preferredDiagnoses;

    public int? PatientAgeMin { get; private set; }

    public int? PatientAgeMax { get; private set; }

    public Gender? PreferredPatientGender { get; private set; }

    public bool PrefersGroupTherapy { get; private set; }

    public Result SetPreferences(IEnumerable<Icd10Prefix> diagnoses, int? ageMin, int? ageMax, Gender? patientGender, bool prefersGroup)
    {
        if (ageMin is < 0 or > 120 || ageMax is < 0 or > 120)
        {
            return Result.Failure(new Error("therapist.age-range.bounds", "Ages must lie between 0 and 120.", nameof(PatientAgeMin)));
        }

        if (ageMin is not null && ageMax is not null && ageMin > ageMax)
        {
            return Result.Failure(new Error("therapist.age-range.order", "The minimum age is above the maximum age.", nameof(PatientAgeMax)));
        }

        _preferredDiagnoses = [.. diagnoses.Distinct().OrderBy(d => d.Value, StringComparer.Ordinal)];
        PatientAgeMin = ageMin;
        PatientAgeMax = ageMax;
        PreferredPatientGender = patientGender == Gender.Unknown ? null : patientGender;
        PrefersGroupTherapy = prefersGroup;
        return Result.Success();
    }

    public bool AcceptsDiagnosis(Icd10Code code) =>
        _preferredDiagnoses.Count == 0 || _preferredDiagnoses.Any(p => p.Covers(code));
}
