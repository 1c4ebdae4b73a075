using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>Krankenkasse, insurance number and family doctor.</summary>
public sealed record PatientInsurance(string? InsurerName, InsuranceType InsuranceType, string? InsuranceNumber, string? GeneralPractitioner)
{
    public const int InsurerNameMaxLength = 100;

    public const int InsuranceNumberMaxLength = 40;

    /// <summary>The family doctor's name and practice, as typed.</summary>
    public const int GeneralPractitionerMaxLength = 200;

    public static PatientInsurance None { get; } = new(null, InsuranceType.Statutory, null, null);

    public IEnumerable<Error> Validate() =>
    [
        .. Text.Check(InsurerName, nameof(InsurerName), InsurerNameMaxLength),
        .. Choice.Check(InsuranceType, nameof(InsuranceType)),
        .. Text.Check(InsuranceNumber, nameof(InsuranceNumber), InsuranceNumberMaxLength),
        .. Text.Check(GeneralPractitioner, nameof(GeneralPractitioner), GeneralPractitionerMaxLength),
    ];

    /// <summary>Every text trimmed, or null when nothing visible is left.</summary>
    public PatientInsurance Trimmed() =>
        new(Text.TrimOrNull(InsurerName), InsuranceType, Text.TrimOrNull(InsuranceNumber), Text.TrimOrNull(GeneralPractitioner));
}
