using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>The preferences form as typed; <see cref="ToInput"/> reports each unreadable field with its name.</summary>
internal sealed class PreferencesModel
{
    private static readonly char[] Separators = [',', ';', ' '];

    public string? Diagnoses { get; set; }

    public string? AgeMin { get; set; }

    public string? AgeMax { get; set; }

    public Gender? PatientGender { get; set; }

    public bool PrefersGroup { get; set; }

    public static PreferencesModel From(Therapist therapist) => new()
    {
        Diagnoses = string.Join(", ", therapist.PreferredDiagnoses),
        AgeMin = therapist.PatientAgeMin?.ToString(CultureInfo.InvariantCulture),
        AgeMax = therapist.PatientAgeMax?.ToString(CultureInfo.InvariantCulture),
        PatientGender = therapist.PreferredPatientGender,
        PrefersGroup = therapist.PrefersGroupTherapy,
    };

    public Result<TherapistPreferencesInput> ToInput()
    {
        var errors = new List<DomainError>();
        var diagnoses = new List<Icd10Prefix>();
        foreach (var part in (Diagnoses ?? string.Empty).Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var prefix = Icd10Prefix.Create(part);
            if (prefix.IsSuccess)
            {
                diagnoses.Add(prefix.Value);
            }
            else
            {
                errors.AddRange(prefix.Errors);
            }
        }

        var min = Number(AgeMin, nameof(Therapist.PatientAgeMin), errors);
        var max = Number(AgeMax, nameof(Therapist.PatientAgeMax), errors);
        return errors.Count > 0
            ? Result<TherapistPreferencesInput>.Failure(errors)
            : Result<TherapistPreferencesInput>.Of(new TherapistPreferencesInput(diagnoses, min, max, PatientGender, PrefersGroup));
    }

    private static int? Number(string? text, string field, List<DomainError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors.Add(new DomainError("number.invalid", $"'{text}' is not a whole number.", field));
        return null;
    }
}
