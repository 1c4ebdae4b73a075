using Boona.Domain.Common;

namespace Boona.Domain.Patients;

public sealed partial class Patient
{
    private List<Icd10Code> _diagnoses = [];
    private List<Symptom> _symptoms = [];
    private List<TherapyMethod> _preferredMethods = [];
    private List<string> _requiredLanguages = [];

    public PatientInsurance Insurance { get; private set; } = PatientInsurance.None;

    public IReadOnlyList<Icd10Code> Diagnoses => _diagnoses;

    /// <summary>Date of the psychotherapeutic Sprechstunde (form PTV11), proof when no diagnosis exists yet.</summary>
    public DateOnly? SprechstundeOn { get; private set; }

    public IReadOnlyList<Symptom> Symptoms => _symptoms;

    public bool HadPriorPsychotherapy { get; private set; }

    public DateOnly? LastTherapySessionOn { get; private set; }

    public ClinicalHistory History { get; private set; } = ClinicalHistory.Empty;

    public WeeklyWindows AvailableTimes { get; private set; } = WeeklyWindows.Empty;

    public int HoursPerWeekAvailable { get; private set; }

    public int MaxDistanceKm { get; private set; } = Settings.OperationalSettings.Defaults.DefaultMaxDistanceKm;

    public TravelMode TravelMode { get; private set; }

    public bool OpenForGroupTherapy { get; private set; }

    public bool OpenForDiga { get; private set; }

    public TherapistGenderPreference PreferredTherapistGender { get; private set; }

    public IReadOnlyList<TherapyMethod> PreferredMethods => _preferredMethods;

    /// <summary>Codes of <see cref="LanguageCatalog"/> the therapy must be possible in (any one will do); empty means German is fine.</summary>
    public IReadOnlyList<string> RequiredLanguages => _requiredLanguages;

    /// <summary>
    /// Languages stored before they were codes that name none of the catalogue (<c>„Klingonisch“</c>), for a coordinator to
    /// pick again on the form; null when there are none. Saving the preferences clears it.
    /// </summary>
    public string? UnmappedLanguages { get; private set; }

    public Result UpdateInsurance(PatientInsurance insurance)
    {
        var errors = insurance.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        Insurance = insurance.Trimmed();
        return Result.Success();
    }

    public Result UpdateClinicalData(PatientClinicalData clinical, DateOnly today)
    {
        var errors = clinical.Validate(today, BirthDate).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        _diagnoses = [.. clinical.Diagnoses.Distinct()];
        SprechstundeOn = clinical.SprechstundeOn;
        _symptoms = [.. clinical.Symptoms.Distinct()];
        HadPriorPsychotherapy = clinical.HadPriorPsychotherapy;
        LastTherapySessionOn = clinical.LastTherapySessionOn;
        History = clinical.History.Trimmed();
        return Result.Success();
    }

    public Result UpdateLogistics(PatientLogistics logistics)
    {
        var errors = logistics.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        AvailableTimes = logistics.AvailableTimes;
        HoursPerWeekAvailable = logistics.HoursPerWeekAvailable;
        MaxDistanceKm = logistics.MaxDistanceKm;
        TravelMode = logistics.TravelMode;
        OpenForGroupTherapy = logistics.OpenForGroupTherapy;
        OpenForDiga = logistics.OpenForDiga;
        return Result.Success();
    }

    public Result UpdatePreferences(PatientPreferences preferences)
    {
        var errors = preferences.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        PreferredTherapistGender = preferences.TherapistGender;
        _preferredMethods = [.. preferences.Methods.Distinct().Order()];
        _requiredLanguages = [.. Languages.Codes(preferences.Languages, nameof(preferences.Languages)).Where(l => l != Languages.German)];
        UnmappedLanguages = null;
        return Result.Success();
    }

    /// <summary>
    /// Turns languages stored as free text before the catalogue into codes (German dropped, as on input); what names no
    /// language moves to <see cref="UnmappedLanguages"/>. Returns the values moved.
    /// </summary>
    public IReadOnlyList<string> MapStoredLanguages()
    {
        var (codes, unmapped) = Languages.MapStored(_requiredLanguages);
        _requiredLanguages = [.. codes.Where(l => l != Languages.German)];
        UnmappedLanguages = Languages.UnmappedText(unmapped) ?? UnmappedLanguages;
        return unmapped;
    }
}
