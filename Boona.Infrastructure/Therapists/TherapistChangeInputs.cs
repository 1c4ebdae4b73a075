using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

// One input per use case on the therapist page, used by the page's dialogs and the HTTP API alike. Version is the one
// the caller read (a change made meanwhile is refused); null skips that check. Property names are the error fields.

/// <summary>Closing a therapist for inquiries: a reason, and optionally the last day of the block.</summary>
public sealed record TherapistBlockInput
{
    public int? Version { get; init; }

    public string? Reason { get; init; }

    /// <summary>Last blocked day; null: until lifted.</summary>
    public DateOnly? Until { get; init; }
}

/// <summary>
/// A status change without other data: unblock, deactivate (the reason is required), reactivate, and the review's
/// accept or reject. The reason is kept in the therapist's status history.
/// </summary>
public sealed record TherapistStatusInput
{
    public int? Version { get; init; }

    public string? Reason { get; init; }
}

/// <summary>Availability as the therapist told it; saving it counts as a confirmation now.</summary>
public sealed record TherapistAvailabilityInput
{
    public int? Version { get; init; }

    public DateOnly? FreeIndividualPlaceFrom { get; init; }

    public DateOnly? FreeGroupPlaceFrom { get; init; }

    public bool PotentiallyAvailable { get; init; }

    public string? AvailabilityNote { get; init; }
}

/// <summary>The therapist's own wishes about patients; the diagnoses as typed, e.g. <c>F32, F4</c> (empty: any).</summary>
public sealed record TherapistPreferencesInput
{
    private static readonly char[] Separators = [',', ';', ' ', '\n', '\t'];

    public int? Version { get; init; }

    public string? PreferredDiagnoses { get; init; }

    public int? PatientAgeMin { get; init; }

    public int? PatientAgeMax { get; init; }

    /// <summary>Null: any.</summary>
    public Gender? PreferredPatientGender { get; init; }

    public bool PrefersGroupTherapy { get; init; }

    public static TherapistPreferencesInput From(Therapist t) => new()
    {
        Version = t.Version,
        PreferredDiagnoses = string.Join(", ", t.PreferredDiagnoses),
        PatientAgeMin = t.PatientAgeMin,
        PatientAgeMax = t.PatientAgeMax,
        PreferredPatientGender = t.PreferredPatientGender,
        PrefersGroupTherapy = t.PrefersGroupTherapy,
    };

    /// <summary>The diagnosis groups as value objects; every unreadable one is an error on <see cref="PreferredDiagnoses"/>.</summary>
    public Result<IReadOnlyList<Icd10Prefix>> Diagnoses()
    {
        var errors = Text.Check(PreferredDiagnoses, nameof(PreferredDiagnoses), FreeText.ShortMaxLength).ToList();
        if (errors.Count > 0)
        {
            return Result<IReadOnlyList<Icd10Prefix>>.Failure(errors);
        }

        var diagnoses = new List<Icd10Prefix>();
        foreach (var part in (PreferredDiagnoses ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var prefix = Icd10Prefix.Create(part);
            errors.AddRange(prefix.Errors.Select(e => e with { Field = nameof(PreferredDiagnoses) }));
            if (prefix.IsSuccess)
            {
                diagnoses.Add(prefix.Value);
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<Icd10Prefix>>.Failure(errors) : Result<IReadOnlyList<Icd10Prefix>>.Of(diagnoses);
    }
}

/// <summary>The relationship a coordinator keeps: knows Boona, the therapist's own pause and preferred channel.</summary>
public sealed record TherapistContactRulesInput
{
    public int? Version { get; init; }

    public bool KnowsBoona { get; init; }

    /// <summary>No inquiries up to and including this day; null: no pause.</summary>
    public DateOnly? ContactPausedUntil { get; init; }

    public ContactChannel PreferredChannel { get; init; }
}

/// <summary>When the practice answers the phone, as text: <c>Mo 09:00-10:00; Mi 14:00-15:30</c> (empty: unknown).</summary>
public sealed record TherapistPhoneHoursInput
{
    public int? Version { get; init; }

    public string? PhoneHours { get; init; }

    /// <summary>The weekly pattern; an unreadable one is an error on <see cref="PhoneHours"/>.</summary>
    public Result<WeeklyWindows> Windows()
    {
        var errors = Text.Check(PhoneHours, nameof(PhoneHours), Therapist.PhoneHoursMaxLength).ToList();
        if (errors.Count > 0)
        {
            return Result<WeeklyWindows>.Failure(errors);
        }

        var parsed = WeeklyWindows.Parse(PhoneHours);
        return parsed.IsSuccess ? parsed : Result<WeeklyWindows>.Failure(parsed.Errors.Select(e => e with { Field = nameof(PhoneHours) }));
    }
}
