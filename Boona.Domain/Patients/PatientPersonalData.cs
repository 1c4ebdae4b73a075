using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>Identity and contact of a patient.</summary>
public sealed record PatientPersonalData(
    Salutation Salutation,
    Gender? Gender,
    string FirstName,
    string LastName,
    DateOnly BirthDate,
    string? Street,
    PostalCode PostalCode,
    string City,
    EmailAddress? Email,
    string? Phone)
{
    public const int MinimumAge = 18;
    public const int MaximumAge = 110;

    public IEnumerable<Error> Validate(DateOnly today)
    {
        List<Error> errors =
        [
            .. Choice.Check(Salutation, nameof(Salutation)),
            .. Choice.Check(Gender, nameof(Gender)),
            .. Required(FirstName, nameof(FirstName), "patient.first-name.required", "The first name is required.", PersonName.MaxLength),
            .. Required(LastName, nameof(LastName), "patient.last-name.required", "The last name is required.", PersonName.MaxLength),
            .. Text.Check(Street, nameof(Street), Address.StreetMaxLength),
            .. Required(City, nameof(City), "patient.city.required", "The city is required.", Address.CityMaxLength),
        ];

        var age = GenderRules.AgeOn(BirthDate, today);
        if (age is < MinimumAge or > MaximumAge)
        {
            errors.Add(Error.Invalid("patient.birth-date.implausible", $"A birth date of {BirthDate:yyyy-MM-dd} gives an age of {age}; Boona serves adults up to {MaximumAge}.", nameof(BirthDate)));
        }

        var phone = Text.Check(Phone, nameof(Phone), PhoneNumber.MaxLength).ToList();
        errors.AddRange(phone);
        if (phone.Count == 0 && !Text.IsBlank(Phone) && !PhoneNumber.IsPlausible(Phone!.Trim()))
        {
            errors.Add(Error.Invalid("phone.invalid", $"'{Text.Excerpt(Phone)}' is not a phone number.", nameof(Phone)));
        }

        if (Email is null && Text.IsBlank(Phone))
        {
            errors.Add(Error.Invalid("patient.contact.required", "An e-mail address or a phone number is required.", nameof(Email)));
        }

        return errors;
    }

    private static IEnumerable<Error> Required(string? text, string field, string code, string message, int maxLength) =>
        Text.IsBlank(text) ? [Error.Invalid(code, message, field)] : Text.Check(text, field, maxLength);
}
