using System.ComponentModel;
using Boona.Infrastructure.Common;
using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// A therapist's profile as typed in the form or posted to the API: raw text where a value object parses it (postal
/// code, e-mail) and languages as named (codes or names, <see cref="Domain.Common.Languages"/>). <see cref="ToProfile"/>
/// checks every field in one pass, value objects first and then the domain's rules; each error's field is the property
/// here at fault. A <c>null</c> list counts as empty.
/// </summary>
public sealed class TherapistProfileInput
{
    private IReadOnlyCollection<string> _languages = [];

    public Salutation Salutation { get; set; } = Salutation.Frau;

    public string? Title { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    /// <summary>Null: derived from the salutation.</summary>
    public Gender? Gender { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public string? Phone { get; set; }

    public string? Fax { get; set; }

    public string? Email { get; set; }

    public string? Website { get; set; }

    public bool HasKassensitz { get; set; }

    public IReadOnlyCollection<TherapyMethod> Methods { get; set; } = [];

    public bool Adults { get; set; } = true;

    public bool Children { get; set; }

    public bool Individual { get; set; } = true;

    public bool Group { get; set; }

    /// <summary>
    /// The languages the therapist works in: ISO 639-1 codes such as <c>["en", "tr"]</c> (German or English names such as
    /// <c>Englisch</c> are read as their code; the list: <c>GET /api/v1/languages</c>). Stored and read back as codes.
    /// </summary>
    [Description(LanguageInput.Description)]
    public IReadOnlyCollection<string> Languages { get => _languages; set => _languages = value ?? []; }

    public string? Qualifications { get; set; }

    public string? SpecialOffers { get; set; }

    public static TherapistProfileInput From(Therapist t) => new()
    {
        Salutation = t.Salutation, Title = t.Title, FirstName = t.FirstName, LastName = t.LastName, Gender = t.Gender,
        Street = t.Street, PostalCode = t.PostalCode.Value, City = t.City, Phone = t.Phone, Fax = t.Fax, Email = t.Email?.Value,
        Website = t.Website, HasKassensitz = t.HasKassensitz, Methods = [.. t.Methods],
        Adults = t.AgeGroups.HasFlag(AgeGroups.Adults), Children = t.AgeGroups.HasFlag(AgeGroups.ChildrenAndAdolescents),
        Individual = t.Settings.HasFlag(TherapySettings.Individual), Group = t.Settings.HasFlag(TherapySettings.Group),
        Languages = [.. t.Languages], Qualifications = t.Qualifications, SpecialOffers = t.SpecialOffers,
    };

    public Result<TherapistProfile> ToProfile()
    {
        var errors = new List<Error>();
        var postalCode = Domain.Common.PostalCode.Create(PostalCode);
        errors.AddRange(postalCode.Errors);
        EmailAddress? email = null;
        if (!Text.IsBlank(Email))
        {
            var parsed = EmailAddress.Create(Email);
            errors.AddRange(parsed.Errors);
            email = parsed.IsSuccess ? parsed.Value : null;
        }

        var profile = new TherapistProfile(
            Salutation, Title, FirstName ?? string.Empty, LastName ?? string.Empty, Gender, Street,
            postalCode.IsSuccess ? postalCode.Value : Domain.Common.PostalCode.StandIn, City ?? string.Empty,
            Phone, Fax, email, Website, HasKassensitz, [.. Methods ?? []],
            (Adults ? AgeGroups.Adults : AgeGroups.None) | (Children ? AgeGroups.ChildrenAndAdolescents : AgeGroups.None),
            (Individual ? TherapySettings.Individual : TherapySettings.None) | (Group ? TherapySettings.Group : TherapySettings.None),
            [.. Languages],
            Qualifications, SpecialOffers);
        errors.AddRange(profile.Validate());
        return errors.Count > 0 ? Result<TherapistProfile>.Failure(errors) : Result<TherapistProfile>.Of(profile);
    }
}
