using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

/// <summary>Who a therapist is and how the practice works: everything a coordinator edits on the profile form.</summary>
public sealed record TherapistProfile(
    Salutation Salutation,
    string? Title,
    string FirstName,
    string LastName,
    Gender? Gender,
    string? Street,
    PostalCode PostalCode,
    string City,
    string? Phone,
    string? Fax,
    EmailAddress? Email,
    string? Website,
    bool HasKassensitz,
    IReadOnlyCollection<TherapyMethod> Methods,
    AgeGroups AgeGroups,
    TherapySettings Settings,
    IReadOnlyCollection<string> Languages,
    string? Qualifications,
    string? SpecialOffers)
{
    public IEnumerable<Error> Validate()
    {
        if (string.IsNullOrWhiteSpace(LastName))
        {
            yield return new Error("therapist.last-name.required", "The last name is required.", nameof(LastName));
        }

        if (string.IsNullOrWhiteSpace(City))
        {
            yield return new Error("therapist.city.required", "The city is required.", nameof(City));
        }

        if (FirstName.Length > 100 || LastName.Length > 100)
        {
            yield return new Error("therapist.name.too-long", "Names are limited to 100 characters.", nameof(LastName));
        }

        if (Phone is not null && !PhoneNumber.IsPlausible(Phone))
        {
            yield return new Error("phone.invalid", $"'{Phone}' is not a phone number.", nameof(Phone));
        }

        if (Website is not null && !Uri.TryCreate(Website, UriKind.Absolute, out _))
        {
            yield return new Error("website.invalid", $"'{Website}' is not a web address such as https://praxis.de.", nameof(Website));
        }
    }
}
