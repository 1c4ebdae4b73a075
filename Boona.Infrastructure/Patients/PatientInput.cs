using System.ComponentModel;
using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Settings;
using Boona.Infrastructure.Common;

namespace Boona.Infrastructure.Patients;

/// <summary>
/// Every field of a patient as typed in the intake form or posted to the API: raw text where a value
/// object parses it, so that both report the same field errors. Property names are the error fields.
/// </summary>
public sealed partial class PatientInput
{
    private IReadOnlyCollection<Symptom> _symptoms = [];
    private ClinicalHistoryInput _history = new();
    private IReadOnlyCollection<TherapyMethod> _methods = [];
    private IReadOnlyCollection<string> _languages = [];

    public Salutation Salutation { get; set; }

    /// <summary>Null: derived from the salutation.</summary>
    public Gender? Gender { get; set; }

    public string? FirstName { get; set; } = string.Empty;

    public string? LastName { get; set; } = string.Empty;

    public DateOnly? BirthDate { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; } = string.Empty;

    public string? City { get; set; } = string.Empty;

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public string? InsurerName { get; set; }

    public InsuranceType InsuranceType { get; set; }

    public string? InsuranceNumber { get; set; }

    public string? GeneralPractitioner { get; set; }

    /// <summary>ICD-10 codes separated by commas, semicolons or spaces: <c>F32.1, F41.0</c>.</summary>
    public string? Diagnoses { get; set; }

    public DateOnly? SprechstundeOn { get; set; }

    /// <summary>JSON <c>null</c> reads as none.</summary>
    public IReadOnlyCollection<Symptom> Symptoms { get => _symptoms; set => _symptoms = value ?? []; }

    public bool HadPriorPsychotherapy { get; set; }

    public DateOnly? LastTherapySessionOn { get; set; }

    /// <summary>JSON <c>null</c> reads as an empty history.</summary>
    public ClinicalHistoryInput History { get => _history; set => _history = value ?? new(); }

    /// <summary>Weekly free times as text: <c>Mo 08:00-12:00; Mi 14:00-18:00</c>.</summary>
    public string? AvailableTimes { get; set; }

    public int HoursPerWeekAvailable { get; set; }

    /// <summary>Within <see cref="Distance.MinKm"/>–<see cref="Distance.MaxKm"/>; the intake starts at the settings' default.</summary>
    public int MaxDistanceKm { get; set; } = OperationalSettings.Defaults.DefaultMaxDistanceKm;

    public TravelMode TravelMode { get; set; } = TravelMode.PublicTransport;

    public bool OpenForGroupTherapy { get; set; }

    public bool OpenForDiga { get; set; }

    public TherapistGenderPreference TherapistGender { get; set; }

    /// <summary>JSON <c>null</c> reads as none (any method).</summary>
    public IReadOnlyCollection<TherapyMethod> Methods { get => _methods; set => _methods = value ?? []; }

    /// <summary>
    /// The languages the therapy must be possible in (any one will do): ISO 639-1 codes such as <c>["en", "tr"]</c> (German
    /// or English names such as <c>Englisch</c> are read as their code; the list: <c>GET /api/v1/languages</c>). Empty or
    /// <c>null</c>: German is fine.
    /// </summary>
    [Description(LanguageInput.Description)]
    public IReadOnlyCollection<string> Languages { get => _languages; set => _languages = value ?? []; }

    public bool ContractsSigned { get; set; }

    public bool ConsentGiven { get; set; }

    public string? ConsentVersion { get; set; }

    public string? PaymentReference { get; set; }

    public bool Paid { get; set; }

    public string? ReferredBy { get; set; }

    /// <summary>"Keine wöchentlichen Updates": true stops the weekly progress e-mail; false (the default) receives it.</summary>
    public bool WeeklyProgressOptOut { get; set; }
}

/// <summary>The free-text anamnesis of the intake.</summary>
public sealed class ClinicalHistoryInput
{
    public string? InpatientTreatment { get; set; }

    public string? CurrentComplaints { get; set; }

    public string? ComplaintsSince { get; set; }

    public string? PriorTreatments { get; set; }

    public string? PhysicalIllnesses { get; set; }

    public string? Medication { get; set; }

    public string? StressFactors { get; set; }

    public string? SupportSystems { get; set; }

    public string? ReasonForTherapy { get; set; }

    public string? Expectations { get; set; }

    public string? Goals { get; set; }

    public ClinicalHistory ToDomain() => new(
        InpatientTreatment, CurrentComplaints, ComplaintsSince, PriorTreatments, PhysicalIllnesses, Medication, StressFactors, SupportSystems,
        ReasonForTherapy, Expectations, Goals);

    public static ClinicalHistoryInput From(ClinicalHistory history) => new()
    {
        InpatientTreatment = history.InpatientTreatment,
        CurrentComplaints = history.CurrentComplaints,
        ComplaintsSince = history.ComplaintsSince,
        PriorTreatments = history.PriorTreatments,
        PhysicalIllnesses = history.PhysicalIllnesses,
        Medication = history.Medication,
        StressFactors = history.StressFactors,
        SupportSystems = history.SupportSystems,
        ReasonForTherapy = history.ReasonForTherapy,
        Expectations = history.Expectations,
        Goals = history.Goals,
    };
}
