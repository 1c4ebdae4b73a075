using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Therapists;

public sealed class TherapistTests
{
    [Fact]
    public void Gender_follows_the_salutation_when_not_given()
    {
        var therapist = Therapist.Create(Build.TherapistProfile(salutation: Salutation.Herr), TherapistStatus.Active, Build.Now).Value;

        Assert.Equal(Gender.Male, therapist.Gender);
    }

    [Fact]
    public void A_profile_without_last_name_or_with_a_bad_phone_is_refused()
    {
        var profile = Build.TherapistProfile() with { LastName = " ", Phone = "call me" };

        var result = Therapist.Create(profile, TherapistStatus.Active, Build.Now);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "LastName");
        Assert.Contains(result.Errors, e => e.Field == "Phone");
    }

    [Theory]
    [InlineData(TherapistStatus.Blocked)]
    [InlineData(TherapistStatus.Inactive)]
    public void A_new_therapist_cannot_start_blocked_or_inactive(TherapistStatus status) =>
        Assert.Throws<DomainException>(() => Therapist.Create(Build.TherapistProfile(), status, Build.Now));

    [Fact]
    public void Moving_the_practice_forgets_a_geocoded_location_but_keeps_a_manual_one()
    {
        var geocoded = Build.Therapist();
        geocoded.SetLocation(new Location(50.94, 6.96, LocationSource.Address));
        var manual = Build.Therapist();
        manual.SetLocation(new Location(50.94, 6.96, LocationSource.Manual));

        geocoded.UpdateProfile(Build.TherapistProfile(postalCode: "50670"));
        manual.UpdateProfile(Build.TherapistProfile(postalCode: "50670"));

        Assert.Null(geocoded.Location);
        Assert.NotNull(manual.Location);
    }

    [Fact]
    public void Methods_and_languages_are_kept_as_sets()
    {
        var profile = Build.TherapistProfile(methods: [TherapyMethod.Tp, TherapyMethod.Vt, TherapyMethod.Tp]) with { Languages = ["EN", "en", " tr "] };

        var therapist = Therapist.Create(profile, TherapistStatus.Active, Build.Now).Value;

        Assert.Equal([TherapyMethod.Vt, TherapyMethod.Tp], therapist.Methods);
        Assert.Equal(["en", "tr"], therapist.Languages);
    }

    [Fact]
    public void Diagnosis_preferences_match_hierarchically_and_empty_means_any()
    {
        var therapist = Build.Therapist();
        Assert.True(therapist.AcceptsDiagnosis(Icd10Code.Parse("F50.2")));

        therapist.SetPreferences([Icd10Prefix.Parse("F4")], null, null, null, false);

        Assert.True(therapist.AcceptsDiagnosis(Icd10Code.Parse("F43.1")));
        Assert.False(therapist.AcceptsDiagnosis(Icd10Code.Parse("F32.1")));
    }

    public static TheoryData<string, string> BadProfiles => new()
    {
        { "Title", "megabyte" }, { "City", "megabyte" }, { "Street", "megabyte" }, { "Fax", "megabyte" }, { "Website", "megabyte" },
        { "Qualifications", "megabyte" }, { "SpecialOffers", "megabyte" }, { "FirstName", "nul" }, { "LastName", "nul" }, { "City", "nul" },
        { "Qualifications", "nul" }, { "LastName", "zero-width" }, { "City", "zero-width" }, { "Website", "script" }, { "Fax", "words" },
        { "Salutation", "undefined" }, { "Gender", "undefined" }, { "Methods", "undefined" }, { "AgeGroups", "undefined" }, { "Languages", "megabyte" },
    };

    [Theory]
    [MemberData(nameof(BadProfiles))]
    public void A_bad_value_in_any_profile_field_is_refused_naming_that_field(string field, string kind)
    {
        var bad = kind switch
        {
            "megabyte" => new string('x', 1024 * 1024),
            "nul" => "Kö\0ln",
            "zero-width" => "\u200B\u200C\u2060",
            "script" => "javascript:alert(1)",
            _ => "Fax bitte nicht",
        };
        var profile = Build.TherapistProfile();
        profile = field switch
        {
            "Title" => profile with { Title = bad },
            "FirstName" => profile with { FirstName = bad },
            "LastName" => profile with { LastName = bad },
            "City" => profile with { City = bad },
            "Street" => profile with { Street = bad },
            "Fax" => profile with { Fax = bad },
            "Website" => profile with { Website = bad },
            "Qualifications" => profile with { Qualifications = bad },
            "SpecialOffers" => profile with { SpecialOffers = bad },
            "Languages" => profile with { Languages = [bad] },
            "Salutation" => profile with { Salutation = (Salutation)42 },
            "Gender" => profile with { Gender = (Gender)42 },
            "Methods" => profile with { Methods = [TherapyMethod.Vt, (TherapyMethod)42] },
            _ => profile with { AgeGroups = (AgeGroups)42 },
        };

        var therapist = Build.Therapist("Alt");
        var result = therapist.UpdateProfile(profile);

        Assert.Equal([field], result.Errors.Select(e => e.Field).Distinct());
        Assert.All(result.Errors, e => Assert.True(e.Message.Length < 200, $"a message of {e.Message.Length} characters"));
        Assert.Equal("Alt", therapist.LastName);
    }

    [Fact]
    public void Undefined_choices_and_implausible_dates_are_refused_by_the_entity()
    {
        var therapist = Build.Therapist();

        var gender = therapist.SetPreferences([], null, null, (Gender)42, false);
        var channel = therapist.SetContactRules(null, (ContactChannel)7, Build.Today);
        var pause = therapist.SetContactRules(new DateOnly(1, 1, 1), ContactChannel.Email, Build.Today);
        var free = therapist.ConfirmAvailability(new DateOnly(1, 1, 1), null, false, null, Build.Now);
        var cooling = therapist.OverrideCooling(new DateOnly(9999, 12, 31), "Tippfehler", Build.Now);
        var note = therapist.ConfirmAvailability(null, null, true, new string('x', Therapist.AvailabilityNoteMaxLength + 1), Build.Now);

        Assert.Equal(
            [("choice.undefined", "PreferredPatientGender"), ("choice.undefined", "PreferredChannel"), ("therapist.date.implausible", "ContactPausedUntil"),
             ("therapist.date.implausible", "FreeIndividualPlaceFrom"), ("therapist.date.implausible", "NextContactAllowedOn"), ("text.too-long", "AvailabilityNote")],
            new[] { gender, channel, pause, free, cooling, note }.Select(r => (r.FirstError!.Code, r.FirstError.Field!)));
        Assert.Null(therapist.PreferredPatientGender);
        Assert.Null(therapist.ContactPausedUntil);
        Assert.Null(therapist.AvailabilityConfirmedAt);
        Assert.Null(therapist.CoolingOverrideReason);
    }

    [Fact]
    public void A_therapist_without_a_location_is_placed_at_the_centroid_and_a_known_location_is_kept()
    {
        var unlocated = Build.Therapist();
        var geocoded = Build.Therapist();
        geocoded.SetLocation(new Location(50.94, 6.96, LocationSource.Address));

        unlocated.LocateAtCentroid(GeoPoint.Of(50.93, 6.95));
        geocoded.LocateAtCentroid(GeoPoint.Of(50.93, 6.95));

        Assert.Equal(new Location(50.93, 6.95, LocationSource.PostalCodeCentroid), unlocated.Location);
        Assert.Equal(LocationSource.Address, geocoded.Location!.Source);
    }

    [Fact]
    public void An_inverted_age_range_is_refused()
    {
        var result = Build.Therapist().SetPreferences([], 60, 30, null, false);

        Assert.False(result.IsSuccess);
        Assert.Equal("therapist.age-range.order", result.FirstError!.Code);
    }
}

public sealed class TherapistSearchNameTests
{
    [Fact]
    public void The_search_name_is_last_and_first_name_in_lower_case_and_follows_renames()
    {
        var therapist = Build.Therapist("Müller");
        Assert.Equal("müller anna", therapist.SearchName);

        therapist.UpdateProfile(Build.TherapistProfile("ÖZTÜRK"));

        Assert.Equal("öztürk anna", therapist.SearchName);
    }
}
