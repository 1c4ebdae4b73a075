using Boona.Domain.Common;

namespace Boona.Domain.Therapists;

/// <summary>A licensed psychotherapist in private practice. Split over partial files by concern.</summary>
public sealed partial class Therapist : VersionedEntity
{
    // Names, street and city, phone and fax, e-mail: the bounds of PersonName, Address, PhoneNumber and EmailAddress.
    public const int TitleMaxLength = 60;

    public const int WebsiteMaxLength = 300;

    public const int QualificationsMaxLength = 2000;

    public const int SpecialOffersMaxLength = 2000;

    /// <summary>"last first": two names and the space between them.</summary>
    public const int SearchNameMaxLength = (2 * PersonName.MaxLength) + 1;

    /// <summary>The phone hours as stored, e.g. <c>Mon 09:00-10:00; Wed 14:00-15:30</c>.</summary>
    public const int PhoneHoursMaxLength = 1000;

    public const int SourceNameMaxLength = 40;

    public const int SourceIdMaxLength = 100;

    private List<TherapyMethod> _methods = [];
    private List<string> _languages = [];

    private Therapist()
    {
        FirstName = string.Empty;
        LastName = string.Empty;
        City = string.Empty;
        PostalCode = null!;
    }

    public Salutation Salutation { get; private set; }

    public string? Title { get; private set; }

    public string FirstName { get; private set; }

    public string LastName { get; private set; }

    /// <summary>
    /// "last first" in lower case, kept in step with the names: the directory's name search compares
    /// against it directly instead of lowering every row on every query.
    /// </summary>
    public string SearchName { get; private set; } = string.Empty;

    public Gender Gender { get; private set; }

    public string? Street { get; private set; }

    public PostalCode PostalCode { get; private set; }

    public string City { get; private set; }

    public Location? Location { get; private set; }

    public string? Phone { get; private set; }

    public string? Fax { get; private set; }

    public EmailAddress? Email { get; private set; }

    public string? Website { get; private set; }

    public bool HasKassensitz { get; private set; }

    public IReadOnlyList<TherapyMethod> Methods => _methods;

    public AgeGroups AgeGroups { get; private set; }

    public TherapySettings Settings { get; private set; }

    /// <summary>Codes of <see cref="LanguageCatalog"/>, each once, ordered by code.</summary>
    public IReadOnlyList<string> Languages => _languages;

    /// <summary>
    /// Languages stored before they were codes that name none of the catalogue (<c>„Klingonisch“</c>), for a coordinator to
    /// pick again on the form; null when there are none. Saving the profile clears it.
    /// </summary>
    public string? UnmappedLanguages { get; private set; }

    public string? Qualifications { get; private set; }

    public string? SpecialOffers { get; private set; }

    public WeeklyWindows PhoneHours { get; private set; } = WeeklyWindows.Empty;

    public string DisplayName => string.Join(' ', new[] { Title, FirstName, LastName }.Where(p => !string.IsNullOrWhiteSpace(p)));

    public bool IsPhoneOnly => Email is null;

    /// <summary>A therapist entered by a coordinator is active at once; one found by an import waits for review.</summary>
    public static Result<Therapist> Create(TherapistProfile profile, TherapistStatus initialStatus, DateTimeOffset now)
    {
        if (initialStatus is not (TherapistStatus.Active or TherapistStatus.PendingReview))
        {
            throw new DomainException("therapist.initial-status", $"A new therapist cannot start as {initialStatus}.");
        }

        var therapist = new Therapist { Status = initialStatus, CreatedAt = now.ToUniversalTime() };
        var updated = therapist.UpdateProfile(profile);
        return updated.IsSuccess ? Result<Therapist>.Of(therapist) : Result<Therapist>.Failure(updated.Errors);
    }

    public Result UpdateProfile(TherapistProfile profile)
    {
        var errors = profile.Validate().ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        var addressChanged = Street != Text.TrimOrNull(profile.Street) || PostalCode != profile.PostalCode || City != profile.City.Trim();
        Salutation = profile.Salutation;
        Title = Text.TrimOrNull(profile.Title);
        FirstName = Text.TrimOrNull(profile.FirstName) ?? string.Empty;
        LastName = profile.LastName.Trim();
        SearchName = $"{LastName} {FirstName}".ToLowerInvariant();
        Gender = profile.Gender ?? GenderRules.FromSalutation(profile.Salutation);
        Street = Text.TrimOrNull(profile.Street);
        PostalCode = profile.PostalCode;
        City = profile.City.Trim();
        Phone = Text.TrimOrNull(profile.Phone);
        Fax = Text.TrimOrNull(profile.Fax);
        if (!Equals(Email, profile.Email))
        {
            EmailBouncedAt = null;
            EmailBounceReason = null;
        }

        Email = profile.Email;
        Website = Text.TrimOrNull(profile.Website);
        HasKassensitz = profile.HasKassensitz;
        _methods = [.. profile.Methods.Distinct().Order()];
        AgeGroups = profile.AgeGroups;
        Settings = profile.Settings;
        _languages = [.. Common.Languages.Codes(profile.Languages, nameof(profile.Languages))];
        UnmappedLanguages = null;
        Qualifications = Text.TrimOrNull(profile.Qualifications);
        SpecialOffers = Text.TrimOrNull(profile.SpecialOffers);
        if (addressChanged && Location?.Source != LocationSource.Manual)
        {
            // A moved practice must be geocoded again; the refresh job picks up missing locations (LocateAtCentroid until then).
            Location = null;
        }

        return Result.Success();
    }

    /// <summary>
    /// Turns languages stored as free text before the catalogue into codes; what names no language moves to
    /// <see cref="UnmappedLanguages"/>. Returns the values moved (none when every language already was a code).
    /// </summary>
    public IReadOnlyList<string> MapStoredLanguages()
    {
        var (codes, unmapped) = Common.Languages.MapStored(_languages);
        _languages = [.. codes];
        UnmappedLanguages = Common.Languages.UnmappedText(unmapped) ?? UnmappedLanguages;
        return unmapped;
    }

    public Result SetPhoneHours(WeeklyWindows phoneHours)
    {
        if (phoneHours.ToString().Length > PhoneHoursMaxLength)
        {
            return Result.Failure(Error.Invalid("text.too-long", $"The phone hours are longer than {PhoneHoursMaxLength} characters.", nameof(PhoneHours)));
        }

        PhoneHours = phoneHours;
        return Result.Success();
    }

    public void SetLocation(Location location) => Location = location;

    /// <summary>
    /// A therapist without a location is placed at once at the postal code's <paramref name="centroid"/>; the geocoding job
    /// may refine it from the street later. A known location is kept.
    /// </summary>
    public void LocateAtCentroid(GeoPoint centroid) => Location ??= Location.From(centroid, LocationSource.PostalCodeCentroid);

    public bool Offers(TherapyMethod method) => _methods.Contains(method);
}
