using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Web.Components.Pages.Therapists;

namespace Boona.Web.Api;

/// <summary>A therapist as the API reads it.</summary>
public sealed record TherapistDto(
    int Id, int Version, TherapistStatus Status, Salutation Salutation, string? Title, string FirstName, string LastName, Gender Gender,
    string? Street, string PostalCode, string City, double? Latitude, double? Longitude, string? Phone, string? Fax, string? Email, string? Website,
    bool HasKassensitz, IReadOnlyList<TherapyMethod> Methods, AgeGroups AgeGroups, TherapySettings Settings, IReadOnlyList<string> Languages,
    bool KnowsBoona, DateOnly? FreeIndividualPlaceFrom, DateOnly? FreeGroupPlaceFrom, bool PotentiallyAvailable, DateOnly? NextContactAllowedOn,
    DateOnly? ContactPausedUntil, IReadOnlyList<string> PreferredDiagnoses, int? PatientAgeMin, int? PatientAgeMax, bool PrefersGroupTherapy)
{
    public static TherapistDto From(Therapist t) => new(
        t.Id, t.Version, t.Status, t.Salutation, t.Title, t.FirstName, t.LastName, t.Gender, t.Street, t.PostalCode.Value, t.City,
        t.Location?.Latitude, t.Location?.Longitude, t.Phone, t.Fax, t.Email?.Value, t.Website, t.HasKassensitz, t.Methods, t.AgeGroups, t.Settings,
        t.Languages, t.KnowsBoona, t.FreeIndividualPlaceFrom, t.FreeGroupPlaceFrom, t.PotentiallyAvailable, t.NextContactAllowedOn,
        t.ContactPausedUntil, [.. t.PreferredDiagnoses.Select(d => d.Value)], t.PatientAgeMin, t.PatientAgeMax, t.PrefersGroupTherapy);
}

/// <summary>A profile change names the version it was based on; a change made meanwhile is refused with 409.</summary>
public sealed class TherapistUpdate
{
    public int Version { get; set; }

    public TherapistProfileModel Profile { get; set; } = new();
}
