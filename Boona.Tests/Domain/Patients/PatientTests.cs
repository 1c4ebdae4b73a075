using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Patients;

public sealed class PatientTests
{
    [Theory]
    [InlineData(17)]
    [InlineData(111)]
    public void A_birth_date_giving_an_implausible_age_is_refused(int age)
    {
        var result = Patient.Register(Build.PersonalData(birthDate: Build.Today.AddYears(-age)), Build.Now, Build.Today);

        Assert.False(result.IsSuccess);
        Assert.Contains(result.Errors, e => e.Field == "BirthDate");
    }

    [Fact]
    public void A_patient_needs_names_and_a_way_to_reach_them()
    {
        var data = Build.PersonalData() with { FirstName = "", Email = null, Phone = null };

        var result = Patient.Register(data, Build.Now, Build.Today);

        Assert.Contains(result.Errors, e => e.Field == "FirstName");
        Assert.Contains(result.Errors, e => e.Code == "patient.contact.required");
    }

    [Fact]
    public void Clinical_data_refuses_more_than_six_symptoms_and_future_dates()
    {
        var patient = Build.Patient();
        var clinical = new PatientClinicalData([], Build.Today.AddDays(1), Enum.GetValues<Symptom>().Take(7).ToList(), true, Build.Today.AddDays(2), ClinicalHistory.Empty);

        var result = patient.UpdateClinicalData(clinical, Build.Today);

        Assert.Equal(
            ["patient.symptoms.too-many", "patient.sprechstunde.future", "patient.last-session.future"],
            result.Errors.Select(e => e.Code));
        Assert.Empty(patient.Symptoms);
    }

    [Theory]
    [InlineData(-1, 25)]
    [InlineData(81, 25)]
    [InlineData(20, 0)]
    [InlineData(20, 201)]
    public void Logistics_out_of_bounds_are_refused(int hours, int distance)
    {
        var logistics = new PatientLogistics(WeeklyWindows.Empty, hours, distance, TravelMode.Car, false, false);

        Assert.False(Build.Patient().UpdateLogistics(logistics).IsSuccess);
    }

    [Fact]
    public void German_is_never_a_required_language()
    {
        var patient = Build.Patient();

        patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Female, [], ["DE", "tr"]));

        Assert.Equal(["tr"], patient.RequiredLanguages);
    }

    [Fact]
    public void Exclusions_are_added_once_and_can_be_removed()
    {
        var patient = Build.Patient();

        patient.Exclude(7, "Schlechte Erfahrung", Build.Now);
        var twice = patient.Exclude(7, "doppelt", Build.Now);

        Assert.Single(patient.Exclusions);
        Assert.Equal(("exclusion.exists", ErrorKind.Conflict), (twice.FirstError!.Code, twice.FirstError.Kind));
        Assert.True(patient.Excludes(7));
        Assert.True(patient.RemoveExclusion(7, "Neue Praxis, neues Glück", Build.Now.AddDays(1), "k@boona.test").IsSuccess);
        Assert.False(patient.Excludes(7));
        var lifted = Assert.Single(patient.LiftedExclusions);
        Assert.Equal(("Schlechte Erfahrung", "Neue Praxis, neues Glück", "k@boona.test"), (lifted.Reason, lifted.LiftReason, lifted.LiftedBy));
    }

    [Fact]
    public void Status_follows_the_search_lifecycle()
    {
        var patient = Build.QualifiedPatient();

        patient.MarkSearching(Build.Today);
        patient.MarkPlaced(Build.Today.AddDays(10));
        patient.MarkInTherapy(Build.Today.AddDays(20));
        patient.FinishTherapy();

        Assert.Equal(PatientStatus.TherapyFinished, patient.Status);
        Assert.Equal(Build.Today, patient.SearchStartedOn);
        Assert.Equal(Build.Today.AddDays(10), patient.FirstPlaceOn);
        Assert.Equal(Build.Today.AddDays(20), patient.WorkingPlaceOn);
    }

    [Fact]
    public void Impossible_status_changes_are_conflicts_and_change_nothing()
    {
        var patient = Build.QualifiedPatient();

        Assert.All(
            [patient.MarkPlaced(Build.Today), patient.MarkInTherapy(Build.Today), patient.MarkSearchCancelled(), patient.FinishTherapy(), patient.CancelTherapy()],
            r => Assert.Equal(("patient.transition", ErrorKind.Conflict), (r.FirstError!.Code, r.FirstError.Kind)));
        Assert.Equal(PatientStatus.Open, patient.Status);

        patient.MarkSearching(Build.Today);
        Assert.Equal("patient.transition", patient.MarkSearching(Build.Today).FirstError!.Code);
    }

    [Fact]
    public void A_cancelled_search_can_be_followed_by_a_new_one()
    {
        var patient = Build.QualifiedPatient();
        patient.MarkSearching(Build.Today);
        patient.MarkSearchCancelled();

        patient.MarkSearching(Build.Today.AddDays(5));

        Assert.Equal(PatientStatus.Searching, patient.Status);
        Assert.Equal(Build.Today, patient.SearchStartedOn);
    }
}
