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
