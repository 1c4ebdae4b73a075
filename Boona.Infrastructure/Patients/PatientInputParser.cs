using System.Text.RegularExpressions;
using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Patients;

/// <summary>A <see cref="PatientInput"/> turned into the domain's records, every check passed.</summary>
public sealed record ParsedPatient(
    PatientPersonalData Personal,
    PatientInsurance Insurance,
    PatientClinicalData Clinical,
    PatientLogistics Logistics,
    PatientPreferences Preferences);

/// <summary>
/// Parses and validates all of a patient's input at once, so that the form shows every error in one
/// pass. Errors carry the <see cref="PatientInput"/> property at fault as their field.
/// </summary>
public static partial class PatientInputParser
{
    private static readonly char[] ListSeparators = [',', ';', ' ', '\n', '\t'];

    public static Result<ParsedPatient> Parse(PatientInput input, DateOnly today)
    {
        var errors = new List<Error>(PatientInputLimits.Check(input));
        var personal = ParsePersonal(input, today, errors);
        var clinical = new PatientClinicalData(
            ParseDiagnoses(input.Diagnoses, errors),
            input.SprechstundeOn,
            input.Symptoms,
            input.HadPriorPsychotherapy,
            input.LastTherapySessionOn,
            input.History.ToDomain());
        errors.AddRange(clinical.Validate(today));
        var logistics = new PatientLogistics(
            ParseWindows(input.AvailableTimes, errors),
            input.HoursPerWeekAvailable,
            input.MaxDistanceKm,
            input.TravelMode,
            input.OpenForGroupTherapy,
            input.OpenForDiga);
        errors.AddRange(logistics.Validate());
        var preferences = new PatientPreferences(input.TherapistGender, input.Methods, ParseLanguages(input.Languages, errors));
        if (input.ConsentGiven && string.IsNullOrWhiteSpace(input.ConsentVersion))
        {
            errors.Add(new Error("patient.consent.version", "Consent needs the version of the text agreed to.", nameof(PatientInput.ConsentVersion)));
        }

        if (errors.Count > 0)
        {
            return Result<ParsedPatient>.Failure(errors);
        }

        var insurance = new PatientInsurance(Clean(input.InsurerName), input.InsuranceType, Clean(input.InsuranceNumber), Clean(input.GeneralPractitioner));
        return Result<ParsedPatient>.Of(new ParsedPatient(personal, insurance, clinical, logistics, preferences));
    }

    private static PatientPersonalData ParsePersonal(PatientInput input, DateOnly today, List<Error> errors)
    {
        var postalCode = PostalCode.Create(input.PostalCode);
        errors.AddRange(postalCode.Errors);
        var emailTyped = !string.IsNullOrWhiteSpace(input.Email);
        var email = emailTyped ? EmailAddress.Create(input.Email) : null;
        errors.AddRange(email?.Errors ?? []);
        if (input.BirthDate is null)
        {
            errors.Add(new Error("patient.birth-date.required", "The birth date is required.", nameof(PatientInput.BirthDate)));
        }

        var personal = new PatientPersonalData(
            input.Salutation,
            input.Gender,
            input.FirstName ?? string.Empty,
            input.LastName ?? string.Empty,
            input.BirthDate ?? today,
            Clean(input.Street),
            postalCode.IsSuccess ? postalCode.Value : PostalCode.StandIn,
            input.City ?? string.Empty,
            email is { IsSuccess: true } ? email.Value : null,
            Clean(input.Phone));

        // A missing birth date is already reported; an e-mail typed wrong is not also "missing".
        errors.AddRange(personal.Validate(today).Where(e =>
            !(e.Field == nameof(PatientInput.BirthDate) && input.BirthDate is null)
            && !(e.Code == "patient.contact.required" && emailTyped)));
        return personal;
    }

    private static List<Icd10Code> ParseDiagnoses(string? text, List<Error> errors)
    {
        var codes = new List<Icd10Code>();
        foreach (var part in Split(text))
        {
            var code = Icd10Code.Create(part);
            if (!code.IsSuccess)
            {
                errors.Add(code.FirstError! with { Field = nameof(PatientInput.Diagnoses) });
                break;
            }

            codes.Add(code.Value);
        }

        return codes;
    }

    private static WeeklyWindows ParseWindows(string? text, List<Error> errors)
    {
        var windows = WeeklyWindows.Parse(text);
        if (windows.IsSuccess)
        {
            return windows.Value;
        }

        errors.AddRange(windows.Errors.Select(e => e with { Field = nameof(PatientInput.AvailableTimes) }));
        return WeeklyWindows.Empty;
    }

    private static List<string> ParseLanguages(string? text, List<Error> errors)
    {
        var codes = Split(text).Select(c => c.ToLowerInvariant()).ToList();
        if (codes.Any(c => !LanguageCode().IsMatch(c)))
        {
            errors.Add(new Error("patient.languages.invalid", "Languages are two-letter ISO 639-1 codes such as en or tr.", nameof(PatientInput.Languages)));
            return [];
        }

        return codes;
    }

    private static IEnumerable<string> Split(string? text) =>
        (text ?? string.Empty).Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[a-z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageCode();
}
