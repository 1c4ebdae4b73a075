using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;
using Boona.Tests.Support;
using static Boona.Tests.Domain.Matching.Matching;

namespace Boona.Tests.Domain.Matching;

/// <summary>Every hard criterion of step 2 in its pass, fail and unset case.</summary>
public sealed class CandidateCriteriaTests
{
    [Fact]
    public void A_patient_within_their_distance_passes_every_criterion_by_default()
    {
        var check = Check(Therapist(1), Patient(10, kmNorth: 5));

        Assert.True(check.Passes);
        Assert.InRange(check.DistanceKm!.Value, 4.9, 5.1);
        Assert.False(check.ByRoad);
    }

    [Fact]
    public void A_patient_beyond_their_maximum_distance_fails_with_the_kilometres()
    {
        var check = Check(Therapist(1), Patient(10, kmNorth: 30));

        var reason = Assert.Single(check.Failed);
        Assert.Equal(Criterion.Distance, reason.Criterion);
        Assert.InRange(reason.DistanceKm!.Value, 29.9, 30.1);
        Assert.Equal(20, reason.MaxDistanceKm);
    }

    [Fact]
    public void A_missing_patient_location_is_not_a_pass_but_location_unknown()
    {
        var patient = Build.QualifiedPatient().WithId(10);

        Assert.Equal([Criterion.LocationUnknown], Check(Therapist(1), patient).Failed());
    }

    [Fact]
    public void A_missing_practice_location_is_location_unknown_too()
    {
        var therapist = Boona.Domain.Therapists.Therapist.Create(Build.TherapistProfile(), TherapistStatus.Active, Build.Now).Value.WithId(1);

        Assert.Equal([Criterion.LocationUnknown], Check(therapist, Patient(10)).Failed());
    }

    [Theory]
    [InlineData(15, 25.0, true)]
    [InlineData(25, 15.0, false)]
    public void A_road_distance_replaces_the_straight_line(double straightKm, double roadKm, bool fails)
    {
        var check = Check(Therapist(1), Patient(10, kmNorth: straightKm), roadKm: roadKm);

        Assert.Equal(fails, check.Failed().Contains(Criterion.Distance));
        Assert.Equal((roadKm, true), (check.DistanceKm!.Value, check.ByRoad));
    }

    [Fact]
    public void A_therapist_on_the_patients_exclusion_list_fails()
    {
        var patient = Patient(10);
        patient.Exclude(1, "Schlechte Erfahrung", Build.Now);

        Assert.Equal([Criterion.Exclusion], Check(Therapist(1), patient).Failed());
        Assert.True(Check(Therapist(2), patient).Passes);
    }

    [Fact]
    public void A_therapist_on_the_searchs_exclusion_list_fails()
    {
        var patient = Patient(10);
        var search = StartSearch(5, patient);
        search.Exclude(1, "Passt nicht", Build.Now);

        Assert.Equal([Criterion.Exclusion], Check(Therapist(1), patient, search: search).Failed());
        Assert.True(Check(Therapist(2), patient, search: search).Passes);
    }

    [Fact]
    public void A_patient_already_pending_with_this_therapist_fails_as_already_asked() =>
        Assert.Equal([Criterion.AlreadyAsked], Check(Therapist(1), Patient(10), alreadyAsked: true).Failed());

    [Fact]
    public void A_patient_not_yet_asked_and_without_exclusions_passes_both()
    {
        var patient = Patient(10);

        Assert.Empty(patient.Exclusions);
        Assert.DoesNotContain(Criterion.AlreadyAsked, Check(Therapist(1), patient, alreadyAsked: false).Failed());
        Assert.DoesNotContain(Criterion.Exclusion, Check(Therapist(1), patient, alreadyAsked: false).Failed());
    }

    [Fact]
    public void A_therapist_with_no_methods_recorded_does_not_meet_a_method_wish_but_meets_no_wish()
    {
        var therapist = Therapist(1);
        Assert.True(therapist.UpdateProfile(Build.TherapistProfile("Weber", methods: [])).IsSuccess);
        var wishing = Patient(10);
        wishing.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Any, [TherapyMethod.Vt], []));

        Assert.Empty(therapist.Methods);
        Assert.Equal([Criterion.Method], Check(therapist, wishing).Failed());
        Assert.True(Check(therapist, Patient(11)).Passes);
    }

    [Theory]
    [InlineData(TherapistGenderPreference.Any, Salutation.Herr, true)]
    [InlineData(TherapistGenderPreference.Female, Salutation.Frau, true)]
    [InlineData(TherapistGenderPreference.Female, Salutation.Herr, false)]
    [InlineData(TherapistGenderPreference.Male, Salutation.Herr, true)]
    [InlineData(TherapistGenderPreference.Male, Salutation.None, false)]
    public void The_patients_wish_for_the_therapists_gender_is_met_or_unset(TherapistGenderPreference wish, Salutation therapist, bool passes)
    {
        var patient = Patient(10);
        patient.UpdatePreferences(new PatientPreferences(wish, [], []));

        Assert.Equal(passes, Check(Therapist(1, salutation: therapist), patient).Passes);
        Assert.Equal(passes ? [] : [Criterion.TherapistGender], Check(Therapist(1, salutation: therapist), patient).Failed());
    }

    [Theory]
    [InlineData(new TherapyMethod[0], true)]
    [InlineData(new[] { TherapyMethod.Tp, TherapyMethod.Vt }, true)]
    [InlineData(new[] { TherapyMethod.Ap, TherapyMethod.St }, false)]
    public void At_least_one_common_therapy_method_or_no_wish(TherapyMethod[] wished, bool passes)
    {
        var patient = Patient(10);
        patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Any, wished, []));

        Assert.Equal(passes ? [] : [Criterion.Method], Check(Therapist(1), patient).Failed());
    }

    [Theory]
    [InlineData(new string[0], true)]
    [InlineData(new[] { "de" }, true)]
    [InlineData(new[] { "tr", "en" }, true)]
    [InlineData(new[] { "tr" }, false)]
    public void The_therapist_speaks_one_of_the_needed_languages_or_none_is_needed(string[] needed, bool passes)
    {
        var patient = Patient(10);
        patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Any, [], needed));

        Assert.Equal(passes ? [] : [Criterion.Language], Check(Therapist(1), patient).Failed());
    }

    [Theory]
    [InlineData(new string[0], "F32.1", true)]
    [InlineData(new[] { "F4" }, "F43.1", true)]
    [InlineData(new[] { "F32" }, "F32.1", true)]
    [InlineData(new[] { "F50", "F3" }, "F33.0", true)]
    [InlineData(new[] { "F32" }, "F33.0", false)]
    [InlineData(new[] { "F43.1" }, "F43.2", false)]
    public void Diagnosis_preferences_match_hierarchically_or_are_unset(string[] preferred, string diagnosis, bool passes)
    {
        var therapist = Therapist(1);
        therapist.SetPreferences(preferred.Select(Icd10Prefix.Parse), null, null, null, false);
        var patient = Patient(10);
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse(diagnosis)], null, [Symptom.Anxiety], false, null, ClinicalHistory.Empty), Build.Today);

        Assert.Equal(passes ? [] : [Criterion.Diagnosis], Check(therapist, patient).Failed());
    }

    [Fact]
    public void A_patient_without_a_diagnosis_yet_does_not_meet_a_diagnosis_preference()
    {
        var therapist = Therapist(1);
        therapist.SetPreferences([Icd10Prefix.Parse("F4")], null, null, null, false);
        var patient = Patient(10);
        patient.UpdateClinicalData(new PatientClinicalData([], Build.Today.AddDays(-20), [Symptom.Anxiety], false, null, ClinicalHistory.Empty), Build.Today);

        Assert.Equal([Criterion.Diagnosis], Check(therapist, patient).Failed());
        Assert.True(Check(Therapist(2), patient).Passes);
    }

    [Theory]
    [InlineData(null, null, true)]
    [InlineData(30, 40, true)]
    [InlineData(36, 40, true)]
    [InlineData(37, null, false)]
    [InlineData(null, 35, false)]
    [InlineData(null, 36, true)]
    public void The_patients_age_lies_in_the_therapists_range_or_no_range_is_set(int? min, int? max, bool passes)
    {
        var therapist = Therapist(1);
        therapist.SetPreferences([], min, max, null, false);

        // Born 1990-05-17, so 36 on 2026-11-26.
        Assert.Equal(passes ? [] : [Criterion.Age], Check(therapist, Patient(10)).Failed());
    }

    [Theory]
    [InlineData(null, Salutation.Herr, true)]
    [InlineData(Gender.Male, Salutation.Herr, true)]
    [InlineData(Gender.Female, Salutation.Herr, false)]
    [InlineData(Gender.Female, Salutation.Frau, true)]
    public void The_therapists_wish_for_the_patients_gender_is_met_or_unset(Gender? wanted, Salutation patient, bool passes)
    {
        var therapist = Therapist(1);
        therapist.SetPreferences([], null, null, wanted, false);

        Assert.Equal(passes ? [] : [Criterion.PatientGender], Check(therapist, Patient(10, salutation: patient)).Failed());
    }

    [Theory]
    [InlineData(false, TherapySettings.Individual, false, true)]
    [InlineData(true, TherapySettings.Individual, true, true)]
    [InlineData(true, TherapySettings.Individual | TherapySettings.Group, false, false)]
    [InlineData(false, TherapySettings.Group, false, false)]
    [InlineData(false, TherapySettings.Group, true, true)]
    public void A_therapist_working_in_groups_only_gets_only_patients_open_to_groups(bool prefersGroup, TherapySettings settings, bool patientOpen, bool passes)
    {
        var therapist = Boona.Domain.Therapists.Therapist.Create(Build.TherapistProfile() with { Settings = settings }, TherapistStatus.Active, Build.Now).Value.WithId(1);
        therapist.SetLocation(North(0));
        therapist.SetPreferences([], null, null, null, prefersGroup);
        var patient = Patient(10);
        patient.UpdateLogistics(new PatientLogistics(patient.AvailableTimes, 25, 20, TravelMode.PublicTransport, patientOpen, false));

        Assert.Equal(passes ? [] : [Criterion.Group], Check(therapist, patient).Failed());
    }

    [Fact]
    public void Every_failed_criterion_is_listed_not_only_the_first()
    {
        var therapist = Therapist(1);
        therapist.SetPreferences([Icd10Prefix.Parse("F6")], 50, null, Gender.Female, true);
        var patient = Patient(10, kmNorth: 40);
        patient.Exclude(1, "nein", Build.Now);
        patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Male, [TherapyMethod.Ap], ["tr"]));

        Assert.Equal(
            [Criterion.Distance, Criterion.Exclusion, Criterion.AlreadyAsked, Criterion.TherapistGender, Criterion.Method, Criterion.Language, Criterion.Diagnosis, Criterion.Age, Criterion.PatientGender, Criterion.Group],
            Check(therapist, patient, alreadyAsked: true).Failed());
    }
}
