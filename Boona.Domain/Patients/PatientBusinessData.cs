using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>Contracts, payment and referral; the consent is recorded on its own (<see cref="Patient.RecordConsent"/>).</summary>
public sealed record PatientBusinessData(bool ContractsSigned, string? PaymentReference, bool Paid, string? ReferredBy)
{
    public const int PaymentReferenceMaxLength = 100;

    public const int ReferredByMaxLength = 200;

    public static PatientBusinessData None { get; } = new(false, null, false, null);

    public IEnumerable<Error> Validate() =>
    [
        .. Text.Check(PaymentReference, nameof(PaymentReference), PaymentReferenceMaxLength),
        .. Text.Check(ReferredBy, nameof(ReferredBy), ReferredByMaxLength),
    ];
}
