using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Therapists;

namespace Boona.Tests.Support;

/// <summary>Valid domain objects with sensible defaults; tests change only what they are about.</summary>
public static class Build
{
    public static readonly DateTimeOffset Now = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 26);

    public static TherapistProfile TherapistProfile(
        string lastName = "Weber",
        string postalCode = "50667",
        EmailAddress? email = null,
        bool phoneOnly = false,
        Salutation salutation = Salutation.Frau,
        IReadOnlyCollection<TherapyMethod>? methods = null) =>
        new(
            salutation,
            "Dr.",
            "Anna",
            lastName,
            null,
            "Hohe Straße 1",
            PostalCode.Parse(postalCode),
            "Köln",
            "0221 123456",
            null,
            phoneOnly ? null : email ?? EmailAddress.Parse($"{lastName.ToLowerInvariant()}@praxis.de"),
            "https://praxis-weber.de",
            true,
            methods ?? [TherapyMethod.Vt],
            AgeGroups.Adults,
            TherapySettings.Individual,
            ["en"],
            null,
            null);

    /// <summary>A status change made <paramref name="daysAgo"/> days before <see cref="Now"/> by a test coordinator.</summary>
    public static StatusStamp Stamp(int daysAgo = 0) => new(Now.AddDays(-daysAgo), Today.AddDays(-daysAgo), "test@boona.de");

    public static Therapist Therapist(string lastName = "Weber", string postalCode = "50667", TherapistStatus status = TherapistStatus.Active) =>
        Boona.Domain.Therapists.Therapist.Create(TherapistProfile(lastName, postalCode), status, Now).Value;

    public static PatientPersonalData PersonalData(string lastName = "Schmidt", string postalCode = "50667", DateOnly? birthDate = null) =>
        new(Salutation.Herr, null, "Jonas", lastName, birthDate ?? new DateOnly(1990, 5, 17), "Ringstraße 5", PostalCode.Parse(postalCode), "Köln", EmailAddress.Parse("jonas@example.org"), "0151 2345678");

    public static Patient Patient(string lastName = "Schmidt", string postalCode = "50667") =>
        Boona.Domain.Patients.Patient.Register(PersonalData(lastName, postalCode), Now, Today).Value;

    /// <summary>A patient who passes every pre-qualification check.</summary>
    public static Patient QualifiedPatient(string lastName = "Schmidt", string postalCode = "50667")
    {
        var patient = Patient(lastName, postalCode);
        patient.SetContractsSigned(true);
        patient.RecordConsent("2026-01", Now);
        patient.UpdateClinicalData(new PatientClinicalData([Icd10Code.Parse("F32.1")], null, [Symptom.LowMood], false, null, ClinicalHistory.Empty), Today);
        patient.UpdateLogistics(new PatientLogistics(WeeklyWindows.FromStorage("Mo 08:00-18:00"), 25, 20, TravelMode.PublicTransport, false, false));
        return patient;
    }
}
