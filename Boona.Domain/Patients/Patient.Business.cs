using Boona.Domain.Common;

namespace Boona.Domain.Patients;

public sealed partial class Patient
{
    /// <summary>A version name of the consent text such as <c>2026-01</c>.</summary>
    public const int ConsentVersionMaxLength = 40;

    private readonly List<Exclusion> _exclusions = [];
    private readonly List<LiftedExclusion> _liftedExclusions = [];

    public bool ContractsSigned { get; private set; }

    public string? ConsentVersion { get; private set; }

    public DateTimeOffset? ConsentGivenAt { get; private set; }

    public string? PaymentReference { get; private set; }

    public bool Paid { get; private set; }

    public string? ReferredBy { get; private set; }

    /// <summary>"Keine wöchentlichen Updates": the weekly progress e-mail is not sent to this patient.</summary>
    public bool WeeklyProgressOptOut { get; private set; }

    public PatientStatus Status { get; private set; }

    public DateOnly? SearchStartedOn { get; private set; }

    public DateOnly? FirstPlaceOn { get; private set; }

    public DateOnly? WorkingPlaceOn { get; private set; }

    /// <summary>Therapists this patient must never be offered to, whatever the search.</summary>
    public IReadOnlyList<Exclusion> Exclusions => _exclusions;

    /// <summary>Exclusions taken off the list again, with who lifted them, when and why.</summary>
    public IReadOnlyList<LiftedExclusion> LiftedExclusions => _liftedExclusions;

    /// <summary>The version's errors, if any: required, short, no control characters.</summary>
    public static IEnumerable<Error> CheckConsentVersion(string? version, string field = nameof(ConsentVersion)) =>
        Text.IsBlank(version)
            ? [Error.Invalid("patient.consent.version", "Consent needs the version of the text agreed to.", field)]
            : Text.Check(version, field, ConsentVersionMaxLength);

    public Result RecordConsent(string? version, DateTimeOffset at)
    {
        var errors = CheckConsentVersion(version).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        ConsentVersion = version!.Trim();
        ConsentGivenAt = at.ToUniversalTime();
        return Result.Success();
    }

    public Result UpdateBusiness(PatientBusinessData business)
    {
        var errors = business.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        ContractsSigned = business.ContractsSigned;
        PaymentReference = Text.TrimOrNull(business.PaymentReference);
        Paid = business.Paid;
        ReferredBy = Text.TrimOrNull(business.ReferredBy);
        WeeklyProgressOptOut = business.WeeklyProgressOptOut;
        return Result.Success();
    }

    public void SetContractsSigned(bool signed) => ContractsSigned = signed;

    /// <summary>
    /// The consent as the form shows it: given with a version records it (again, when the version changed); a recorded
    /// consent cannot be taken back by editing.
    /// </summary>
    public Result UpdateConsent(bool given, string? version, DateTimeOffset now)
    {
        if (ConsentGivenAt is not null && !given)
        {
            return Result.Failure(Error.Invalid("patient.consent.withdraw", "A recorded consent cannot be removed by editing.", "ConsentGiven"));
        }

        var trimmed = Text.TrimOrNull(version);
        return given && (ConsentGivenAt is null || ConsentVersion != trimmed) ? RecordConsent(trimmed, now) : Result.Success();
    }

    public bool Excludes(int therapistId) => _exclusions.Any(e => e.TherapistId == therapistId);

    /// <summary>Adds a therapist to the exclusion list with a reason; refused when already there.</summary>
    public Result Exclude(int therapistId, string? reason, DateTimeOffset at)
    {
        var errors = Exclusion.CheckReason(reason).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (Excludes(therapistId))
        {
            return Result.Failure(Exclusion.AlreadyThere);
        }

        _exclusions.Add(new Exclusion(therapistId, reason!.Trim(), at));
        return Result.Success();
    }

    /// <summary>Takes a therapist off the list; the entry is kept among <see cref="LiftedExclusions"/>. Not on it: nothing changes.</summary>
    public Result RemoveExclusion(int therapistId, string? reason, DateTimeOffset at, string? by)
    {
        var errors = Exclusion.CheckLiftReason(reason).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (_exclusions.FirstOrDefault(e => e.TherapistId == therapistId) is { } exclusion)
        {
            _exclusions.Remove(exclusion);
            _liftedExclusions.Add(new LiftedExclusion(therapistId, exclusion.Reason, exclusion.At, reason!.Trim(), at, by));
        }

        return Result.Success();
    }
}
