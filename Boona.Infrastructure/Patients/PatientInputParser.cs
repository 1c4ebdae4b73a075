using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Patients;

/// <summary>A <see cref="PatientInput"/> turned into the domain's records, every check passed.</summary>
public sealed record ParsedPatient(
    PatientPersonalData Personal,
    PatientInsurance Insurance,
    PatientClinicalData Clinical,
    PatientLogistics Logistics,
    PatientPreferences Preferences,
    PatientBusinessData Business,
    string? ConsentVersion);

/// <summary>
/// Reads all of a patient's input at once, so that the form shows every error in one pass: raw text becomes the
/// domain's value objects (postal code, e-mail, ICD-10 codes, free times), and the domain's records judge
/// the rest. Errors carry the <see cref="PatientInput"/> property at fault as their field (<c>History.Goals</c> for a
/// section of the history).
/// </summary>
public static class PatientInputParser
{
    /// <summary>A list typed as text (diagnoses, free times) is a short text before it is read.</summary>
    public const int ListTextMaxLength = FreeText.ShortMaxLength;

    private static readonly char[] ListSeparators = [',', ';', ' ', '\n', '\t'];

    public static Result<ParsedPatient> Parse(PatientInput input, DateOnly today)
    {
        var errors = new List<Error>();
        var personal = ParsePersonal(input, today, errors);
        var insurance = new PatientInsurance(input.InsurerName, input.InsuranceType, input.InsuranceNumber, input.GeneralPractitioner);
        errors.AddRange(insurance.Validate());
        var clinical = new PatientClinicalData(
            ParseDiagnoses(input.Diagnoses, errors),
            input.SprechstundeOn,
            input.Symptoms,
            input.HadPriorPsychotherapy,
            input.LastTherapySessionOn,
            input.History.ToDomain());
        errors.AddRange(clinical.Validate(today, input.BirthDate));
        var logistics = new PatientLogistics(
            ParseWindows(input.AvailableTimes, errors),
            input.HoursPerWeekAvailable,
            input.MaxDistanceKm,
            input.TravelMode,
            input.OpenForGroupTherapy,
            input.OpenForDiga);
        errors.AddRange(logistics.Validate());
        var preferences = new PatientPreferences(input.TherapistGender, input.Methods, [.. input.Languages]);
        errors.AddRange(preferences.Validate());
        var business = new PatientBusinessData(input.ContractsSigned, input.PaymentReference, input.Paid, input.ReferredBy, input.WeeklyProgressOptOut);
        errors.AddRange(business.Validate());
        if (input.ConsentGiven || !Text.IsBlank(input.ConsentVersion))
        {
            errors.AddRange(input.ConsentGiven
                ? Patient.CheckConsentVersion(input.ConsentVersion, nameof(PatientInput.ConsentVersion))
                : Text.Check(input.ConsentVersion, nameof(PatientInput.ConsentVersion), Patient.ConsentVersionMaxLength));
        }

        return errors.Count > 0
            ? Result<ParsedPatient>.Failure(errors)
            : Result<ParsedPatient>.Of(new ParsedPatient(personal, insurance, clinical, logistics, preferences, business, Text.TrimOrNull(input.ConsentVersion)));
    }

    private static PatientPersonalData ParsePersonal(PatientInput input, DateOnly today, List<Error> errors)
    {
        var postalCode = PostalCode.Create(input.PostalCode);
        errors.AddRange(postalCode.Errors);
        var emailTyped = !Text.IsBlank(input.Email);
        var email = emailTyped ? EmailAddress.Create(input.Email) : null;
        errors.AddRange(email?.Errors ?? []);
        if (input.BirthDate is null)
        {
            errors.Add(Error.Invalid("patient.birth-date.required", "The birth date is required.", nameof(PatientInput.BirthDate)));
        }

        var personal = new PatientPersonalData(
            input.Salutation,
            input.Gender,
            input.FirstName ?? string.Empty,
            input.LastName ?? string.Empty,
            input.BirthDate ?? today,
            input.Street,
            postalCode.IsSuccess ? postalCode.Value : PostalCode.StandIn,
            input.City ?? string.Empty,
            email is { IsSuccess: true } ? email.Value : null,
            input.Phone);

        // A missing birth date is already reported; an e-mail typed wrong is not also "missing".
        errors.AddRange(personal.Validate(today).Where(e =>
            !(e.Field == nameof(PatientInput.BirthDate) && input.BirthDate is null)
            && !(e.Code == "patient.contact.required" && emailTyped)));
        return personal;
    }

    private static List<Icd10Code> ParseDiagnoses(string? text, List<Error> errors)
    {
        var codes = new List<Icd10Code>();
        if (ListText(text, nameof(PatientInput.Diagnoses), errors) is not { } list)
        {
            return codes;
        }

        foreach (var part in Split(list))
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
        if (ListText(text, nameof(PatientInput.AvailableTimes), errors) is not { } list)
        {
            return WeeklyWindows.Empty;
        }

        var windows = WeeklyWindows.Parse(list);
        if (windows.IsSuccess)
        {
            return windows.Value;
        }

        errors.AddRange(windows.Errors.Select(e => e with { Field = nameof(PatientInput.AvailableTimes) }));
        return WeeklyWindows.Empty;
    }

    /// <summary>The text to read, or null when there is none or it breaks the text rules (reported).</summary>
    private static string? ListText(string? text, string field, List<Error> errors)
    {
        var refused = Text.Check(text, field, ListTextMaxLength, multiLine: true).ToList();
        errors.AddRange(refused);
        return refused.Count > 0 ? null : Text.TrimOrNull(text);
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split(ListSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
