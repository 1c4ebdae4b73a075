namespace Boona.Domain.Patients;

/// <summary>Krankenkasse, insurance number and family doctor.</summary>
public sealed record PatientInsurance(string? InsurerName, InsuranceType InsuranceType, string? InsuranceNumber, string? GeneralPractitioner)
{
    public static PatientInsurance None { get; } = new(null, InsuranceType.Statutory, null, null);
}
