using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;

namespace Boona.Tests.Support;

/// <summary>The form's (and the API's) input for a profile built with <see cref="Build.TherapistProfile"/>.</summary>
public static class TherapistInputs
{
    public static TherapistProfileInput From(TherapistProfile p) => new()
    {
        Salutation = p.Salutation, Title = p.Title, FirstName = p.FirstName, LastName = p.LastName, Gender = p.Gender, Street = p.Street,
        PostalCode = p.PostalCode.Value, City = p.City, Phone = p.Phone, Fax = p.Fax, Email = p.Email?.Value, Website = p.Website,
        HasKassensitz = p.HasKassensitz, Methods = p.Methods,
        Adults = p.AgeGroups.HasFlag(AgeGroups.Adults), Children = p.AgeGroups.HasFlag(AgeGroups.ChildrenAndAdolescents),
        Individual = p.Settings.HasFlag(TherapySettings.Individual), Group = p.Settings.HasFlag(TherapySettings.Group),
        Languages = [.. p.Languages], Qualifications = p.Qualifications, SpecialOffers = p.SpecialOffers,
    };

    public static TherapistProfileInput Profile(string lastName = "Weber", string postalCode = "50667") => From(Build.TherapistProfile(lastName, postalCode));
}
