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

    /// <summary>The youngest and oldest patient age a therapist can name.</summary>
    public const int MinPatientAge = 0;

    public const int MaxPatientAge = 120;

    /// <summary>More diagnosis groups than this is a list of everything, i.e. no preference.</summary>
    public const int MaxPreferredDiagnoses = 50;

    public Result SetPreferences(IEnumerable<Icd10Prefix> diagnoses, int? ageMin, int? ageMax, Gender? patientGender, bool prefersGroup)
    {
        var distinct = diagnoses.Distinct().OrderBy(d => d.Value, StringComparer.Ordinal).ToList();
        var errors = Choice.Check(patientGender, nameof(PreferredPatientGender)).ToList();
        if (distinct.Count > MaxPreferredDiagnoses)
        {
            errors.Add(Error.Invalid("therapist.diagnoses.too-many", $"At most {MaxPreferredDiagnoses} diagnosis groups can be preferred.", nameof(PreferredDiagnoses)));
        }

        if (ageMin is < MinPatientAge or > MaxPatientAge || ageMax is < MinPatientAge or > MaxPatientAge)
        {
            errors.Add(Error.Invalid("therapist.age-range.bounds", $"Ages must lie between {MinPatientAge} and {MaxPatientAge}.", ageMin is < MinPatientAge or > MaxPatientAge ? nameof(PatientAgeMin) : nameof(PatientAgeMax)));
        }
        else if (ageMin is not null && ageMax is not null && ageMin > ageMax)
        {
            errors.Add(Error.Invalid("therapist.age-range.order", "The minimum age is above the maximum age.", nameof(PatientAgeMax)));
        }

        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _preferredDiagnoses = distinct;
        PatientAgeMin = ageMin;
        PatientAgeMax = ageMax;
        PreferredPatientGender = patientGender == Gender.Unknown ? null : patientGender;
        PrefersGroupTherapy = prefersGroup;
        return Result.Success();
    }

    public bool AcceptsDiagnosis(Icd10Code code) =>
        _preferredDiagnoses.Count == 0 || _preferredDiagnoses.Any(p => p.Covers(code));
}
