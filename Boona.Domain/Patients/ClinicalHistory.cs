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
    public static ClinicalHistory Empty { get; } = new(null, null, null, null, null, null, null, null, null, null, null);
}
