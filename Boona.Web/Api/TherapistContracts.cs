using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;

namespace Boona.Web.Api;

/// <summary>
/// A therapist as the API reads it. <c>Version</c> goes back with every change (a change made meanwhile is a 409).
/// <c>Languages</c> are codes (<c>GET /api/v1/languages</c>); <c>UnmappedLanguages</c> names what was stored before
/// languages were codes and matched none (null for none), until the profile is saved again.
/// </summary>
public sealed record TherapistDto(
    int Id, int Version, TherapistStatus Status, Salutation Salutation, string? Title, string FirstName, string LastName, Gender Gender,
    string? Street, string PostalCode, string City, double? Latitude, double? Longitude, LocationSource? LocationSource, string? Phone, string? Fax,
    string? Email, string? Website, bool HasKassensitz, IReadOnlyList<TherapyMethod> Methods, AgeGroups AgeGroups, TherapySettings Settings,
    IReadOnlyList<string> Languages, string? UnmappedLanguages, string? Qualifications, string? SpecialOffers, string PhoneHours,
    bool KnowsBoona, ContactChannel PreferredChannel, DateOnly? ContactPausedUntil,
    DateOnly? FreeIndividualPlaceFrom, DateOnly? FreeGroupPlaceFrom, bool PotentiallyAvailable, string? AvailabilityNote, DateTimeOffset? AvailabilityConfirmedAt,
    DateOnly? NextContactAllowedOn, string? CoolingOverrideReason,
    string? BlockReason, DateOnly? BlockedOn, DateOnly? BlockedUntil,
    IReadOnlyList<string> PreferredDiagnoses, int? PatientAgeMin, int? PatientAgeMax, Gender? PreferredPatientGender, bool PrefersGroupTherapy)
{
    public static TherapistDto From(Therapist t) => new(
        t.Id, t.Version, t.Status, t.Salutation, t.Title, t.FirstName, t.LastName, t.Gender,
        t.Street, t.PostalCode.Value, t.City, t.Location?.Latitude, t.Location?.Longitude, t.Location?.Source, t.Phone, t.Fax,
        t.Email?.Value, t.Website, t.HasKassensitz, t.Methods, t.AgeGroups, t.Settings,
        t.Languages, t.UnmappedLanguages, t.Qualifications, t.SpecialOffers, t.PhoneHours.ToString(),
        t.KnowsBoona, t.PreferredChannel, t.ContactPausedUntil,
        t.FreeIndividualPlaceFrom, t.FreeGroupPlaceFrom, t.PotentiallyAvailable, t.AvailabilityNote, t.AvailabilityConfirmedAt,
        t.NextContactAllowedOn, t.CoolingOverrideReason,
        t.BlockReason, t.BlockedOn, t.BlockedUntil,
        [.. t.PreferredDiagnoses.Select(d => d.Value)], t.PatientAgeMin, t.PatientAgeMax, t.PreferredPatientGender, t.PrefersGroupTherapy);
}

/// <summary>One page of the directory and the number of therapists matching the filters.</summary>
public sealed record TherapistListDto(IReadOnlyList<TherapistListRow> Items, int Total);

/// <summary>The id of a therapist just created (its address is in the Location header).</summary>
public sealed record TherapistCreated(int Id);

/// <summary>One status change: from, to, when, why (where a reason was given) and by whom.</summary>
public sealed record TherapistStatusChangeDto(TherapistStatus From, TherapistStatus To, DateTimeOffset At, string? Reason, string By)
{
    public static TherapistStatusChangeDto Of(TherapistStatusChange c) => new(c.From, c.To, c.At, c.Reason, c.By);
}

/// <summary>A profile change names the version it was based on; a change made meanwhile is refused with 409.</summary>
public sealed class TherapistUpdate
{
    public int Version { get; set; }

    public TherapistProfileInput Profile { get; set; } = new();
}
