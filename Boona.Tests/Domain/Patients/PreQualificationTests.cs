using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Patients;

public sealed class PreQualificationTests
{
    [Fact]
    public void A_fully_prepared_patient_passes_every_check()
    {
        var items = PreQualification.Check(Build.QualifiedPatient(), Build.Today);

        Assert.All(items, i => Assert.Equal(CheckState.Passed, i.State));
        Assert.True(PreQualification.Passes(Build.QualifiedPatient(), Build.Today));
    }

    [Fact]
    public void A_new_patient_fails_contracts_consent_diagnosis_and_hours()
    {
        var failed = PreQualification.Check(Build.Patient(), Build.Today).Where(i => i.State == CheckState.Failed).Select(i => i.Code);

        Assert.Equal(["contracts", "consent", "diagnosis", "hours"], failed);
    }

    [Fact]
    public void A_Sprechstunde_replaces_a_missing_diagnosis()
    {
        var patient = Build.QualifiedPatient();
        patient.UpdateClinicalData(new PatientClinicalData([], Build.Today.AddDays(-3), [Symptom.Anxiety], false, null, ClinicalHistory.Empty), Build.Today);

        Assert.Equal(CheckState.Passed, Item(patient, "diagnosis").State);
    }

    [Theory]
    [InlineData(false, 19, CheckState.Failed)]
    [InlineData(false, 20, CheckState.Passed)]
    [InlineData(true, 9, CheckState.Failed)]
    [InlineData(true, 10, CheckState.Passed)]
    public void Group_therapy_needs_fewer_free_hours(bool openForGroup, int hours, CheckState expected)
    {
        var patient = Build.QualifiedPatient();
        patient.UpdateLogistics(new PatientLogistics(WeeklyWindows.Empty, hours, 20, TravelMode.Car, openForGroup, false));

        Assert.Equal(expected, Item(patient, "hours").State);
    }

    [Fact]
    public void Therapy_within_two_years_warns_with_the_date_it_ends()
    {
        var patient = Build.QualifiedPatient();
        var lastSession = Build.Today.AddYears(-1);
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse("F32.1")], null, [], true, lastSession, ClinicalHistory.Empty), Build.Today);

        var item = Item(patient, "two-year-rule");

        Assert.Equal(CheckState.Warning, item.State);
        Assert.Equal(lastSession.AddYears(2), item.Date);
        Assert.True(PreQualification.Passes(patient, Build.Today));
    }

    [Fact]
    public void Prior_therapy_without_a_date_fails()
    {
        var patient = Build.QualifiedPatient();
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse("F32.1")], null, [], true, null, ClinicalHistory.Empty), Build.Today);

        Assert.Equal(CheckState.Failed, Item(patient, "two-year-rule").State);
    }

    [Fact]
    public void Therapy_more_than_two_years_ago_passes()
    {
        var patient = Build.QualifiedPatient();
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse("F32.1")], null, [], true, Build.Today.AddYears(-2), ClinicalHistory.Empty), Build.Today);

        Assert.Equal(CheckState.Passed, Item(patient, "two-year-rule").State);
    }

    private static CheckItem Item(Patient patient, string code) => PreQualification.Check(patient, Build.Today).Single(i => i.Code == code);
}
