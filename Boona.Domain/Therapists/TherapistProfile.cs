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
    /// <summary>Every rule of the profile at once; each error names the field (the property) at fault.</summary>
    public IEnumerable<Error> Validate()
    {
        List<Error> errors =
        [
            .. Choice.Check(Salutation, nameof(Salutation)),
            .. Choice.Check(Gender, nameof(Gender)),
            .. Text.Check(Title, nameof(Title), Therapist.TitleMaxLength),
            .. Text.Check(FirstName, nameof(FirstName), PersonName.MaxLength),
            .. Required(LastName, nameof(LastName), "therapist.last-name.required", "The last name is required.", PersonName.MaxLength),
            .. Text.Check(Street, nameof(Street), Address.StreetMaxLength),
            .. Required(City, nameof(City), "therapist.city.required", "The city is required.", Address.CityMaxLength),
            .. PhoneOrFax(Phone, nameof(Phone)),
            .. PhoneOrFax(Fax, nameof(Fax)),
            .. WebAddress(Website),
            .. Choice.CheckAll(Methods, nameof(Methods)),
            .. Flags(AgeGroups, AgeGroups.Adults | AgeGroups.ChildrenAndAdolescents, nameof(AgeGroups)),
            .. Flags(Settings, TherapySettings.Individual | TherapySettings.Group, nameof(Settings)),
            .. Common.Languages.Check(Languages, nameof(Languages)),
            .. Text.Check(Qualifications, nameof(Qualifications), Therapist.QualificationsMaxLength, multiLine: true),
            .. Text.Check(SpecialOffers, nameof(SpecialOffers), Therapist.SpecialOffersMaxLength, multiLine: true),
        ];
        return errors;
    }

    private static IEnumerable<Error> Required(string? text, string field, string code, string message, int maxLength) =>
        Text.IsBlank(text) ? [Error.Invalid(code, message, field)] : Text.Check(text, field, maxLength);

    private static IEnumerable<Error> PhoneOrFax(string? number, string field)
    {
        var errors = Text.Check(number, field, PhoneNumber.MaxLength).ToList();
        if (errors.Count == 0 && !Text.IsBlank(number) && !PhoneNumber.IsPlausible(number!.Trim()))
        {
            errors.Add(Error.Invalid("phone.invalid", $"'{Text.Excerpt(number)}' is not a phone number.", field));
        }

        return errors;
    }

    /// <summary>An http or https address: the profile shows it, so nothing a browser would run (<c>javascript:</c>).</summary>
    private static IEnumerable<Error> WebAddress(string? website)
    {
        var errors = Text.Check(website, nameof(Website), Therapist.WebsiteMaxLength).ToList();
        if (errors.Count == 0 && !Text.IsBlank(website)
            && !(Uri.TryCreate(website!.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            errors.Add(Error.Invalid("website.invalid", $"'{Text.Excerpt(website)}' is not a web address such as https://praxis.de.", nameof(Website)));
        }

        return errors;
    }

    private static IEnumerable<Error> Flags<TEnum>(TEnum value, TEnum all, string field)
        where TEnum : struct, Enum =>
        (Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) & ~Convert.ToInt64(all, System.Globalization.CultureInfo.InvariantCulture)) == 0
            ? []
            : [Error.Invalid("choice.undefined", $"{field} must be a combination of {all}.", field)];
}
