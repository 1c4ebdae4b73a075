using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>
/// Contracts, payment, referral and whether the patient declined the weekly progress e-mail ("keine wöchentlichen
/// Updates"; by default she receives it); the consent is recorded on its own (<see cref="Patient.RecordConsent"/>).
/// </summary>
public sealed record PatientBusinessData(bool ContractsSigned, string? PaymentReference, bool Paid, string? ReferredBy, bool WeeklyProgressOptOut = false)
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
