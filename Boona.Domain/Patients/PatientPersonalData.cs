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
        if (string.IsNullOrWhiteSpace(FirstName))
        {
            yield return new Error("patient.first-name.required", "The first name is required.", nameof(FirstName));
        }

        if (string.IsNullOrWhiteSpace(LastName))
        {
            yield return new Error("patient.last-name.required", "The last name is required.", nameof(LastName));
        }

        if (string.IsNullOrWhiteSpace(City))
        {
            yield return new Error("patient.city.required", "The city is required.", nameof(City));
        }

        var age = GenderRules.AgeOn(BirthDate, today);
        if (age is < MinimumAge or > MaximumAge)
        {
            yield return new Error("patient.birth-date.implausible", $"A birth date of {BirthDate:yyyy-MM-dd} gives an age of {age}; Boona serves adults up to {MaximumAge}.", nameof(BirthDate));
        }

        if (Phone is not null && !PhoneNumber.IsPlausible(Phone))
        {
            yield return new Error("phone.invalid", $"'{Phone}' is not a phone number.", nameof(Phone));
        }

        if (Email is null && string.IsNullOrWhiteSpace(Phone))
        {
            yield return new Error("patient.contact.required", "An e-mail address or a phone number is required.", nameof(Email));
        }
    }
}
