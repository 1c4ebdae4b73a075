using Boona.Domain.Common;

namespace Boona.Domain.Patients;

public sealed partial class Patient
{
    private readonly List<Exclusion> _exclusions = [];

    public bool ContractsSigned { get; private set; }

    public string? ConsentVersion { get; private set; }

    public DateTimeOffset? ConsentGivenAt { get; private set; }

    public string? PaymentReference { get; private set; }

    public bool Paid { get; private set; }

    public string? ReferredBy { get; private set; }

    public PatientStatus Status { get; private set; }

    public DateOnly? SearchStartedOn { get; private set; }

    public DateOnly? FirstPlaceOn { get; private set; }

    public DateOnly? WorkingPlaceOn { get; private set; }

    /// <summary>Therapists this patient must never be offered to, whatever the search.</summary>
    public IReadOnlyList<Exclusion> Exclusions => _exclusions;

    public void RecordConsent(string version, DateTimeOffset at)
    {
        if (string.IsNullOrWhiteSpace(version))
        {
            throw new DomainException("patient.consent.version", "Consent needs the version of the text agreed to.");
        }

        ConsentVersion = version.Trim();
        ConsentGivenAt = at.ToUniversalTime();
    }

    public void SetContractsSigned(bool signed) => ContractsSigned = signed;

    public void SetPayment(string? reference, bool paid)
    {
        PaymentReference = string.IsNullOrWhiteSpace(reference) ? null : reference.Trim();
        Paid = paid;
    }

    public void SetReferredBy(string? referredBy) => ReferredBy = string.IsNullOrWhiteSpace(referredBy) ? null : referredBy.Trim();

    public bool Excludes(int therapistId) => _exclusions.Any(e => e.TherapistId == therapistId);

    /// <summary>Adds a therapist to the exclusion list; nothing changes when already there.</summary>
    public void Exclude(int therapistId, string reason, DateTimeOffset at)
    {
        if (!Excludes(therapistId))
        {
            _exclusions.Add(new Exclusion(therapistId, reason, at));
        }
    }

    public bool RemoveExclusion(int therapistId) => _exclusions.RemoveAll(e => e.TherapistId == therapistId) > 0;
}
