using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>Free-text anamnesis from the intake. Health data: never leaves Boona in an inquiry.</summary>
public sealed record ClinicalHistory(
    string? InpatientTreatment,
    string? CurrentComplaints,
    string? ComplaintsSince,
    string? PriorTreatments,
    string? PhysicalIllnesses,
    string? Medication,
    string? StressFactors,
    string? SupportSystems,
    string? ReasonForTherapy,
    string? Expectations,
    string? Goals)
{
    /// <summary>"Since when": a few words or a date.</summary>
    public const int ComplaintsSinceMaxLength = 200;

    /// <summary>Every other section: a long free text.</summary>
    public const int SectionMaxLength = FreeText.MaxLength;

    public static ClinicalHistory Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null);

    /// <summary>Each section's errors, the field named <c>History.&lt;Section&gt;</c>.</summary>
    public IEnumerable<Error> Validate() =>
    [
        .. Section(InpatientTreatment, nameof(InpatientTreatment)),
        .. Section(CurrentComplaints, nameof(CurrentComplaints)),
        .. Text.Check(ComplaintsSince, Field(nameof(ComplaintsSince)), ComplaintsSinceMaxLength),
        .. Section(PriorTreatments, nameof(PriorTreatments)),
        .. Section(PhysicalIllnesses, nameof(PhysicalIllnesses)),
        .. Section(Medication, nameof(Medication)),
        .. Section(StressFactors, nameof(StressFactors)),
        .. Section(SupportSystems, nameof(SupportSystems)),
        .. Section(ReasonForTherapy, nameof(ReasonForTherapy)),
        .. Section(Expectations, nameof(Expectations)),
        .. Section(Goals, nameof(Goals)),
    ];

    /// <summary>Every section trimmed, or null when nothing visible is left.</summary>
    public ClinicalHistory Trimmed() => new(
        Text.TrimOrNull(InpatientTreatment),
        Text.TrimOrNull(CurrentComplaints),
        Text.TrimOrNull(ComplaintsSince),
        Text.TrimOrNull(PriorTreatments),
        Text.TrimOrNull(PhysicalIllnesses),
        Text.TrimOrNull(Medication),
        Text.TrimOrNull(StressFactors),
        Text.TrimOrNull(SupportSystems),
        Text.TrimOrNull(ReasonForTherapy),
        Text.TrimOrNull(Expectations),
        Text.TrimOrNull(Goals));

    /// <summary>The error field of a section, as the patient's input names it.</summary>
    public static string Field(string section) => $"{nameof(PatientClinicalData.History)}.{section}";

    private static IEnumerable<Error> Section(string? text, string section) =>
        Text.Check(text, Field(section), SectionMaxLength, multiLine: true);
}
