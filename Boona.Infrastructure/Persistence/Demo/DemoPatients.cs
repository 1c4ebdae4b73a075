using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>Pre-qualified patients spread over the demo postal codes; a few without a location, a few not yet qualified.</summary>
internal static class DemoPatients
{
    public const int Count = 84;

    private static readonly string[] Diagnoses = ["F32.1", "F33.1", "F41.0", "F41.1", "F43.1", "F43.2", "F40.1", "F45.0", "F50.2", "F42.0"];

    private static readonly string[] FreeTimes =
    [
        "Mo 08:00-18:00; Di 08:00-18:00; Mi 08:00-18:00; Do 08:00-18:00; Fr 08:00-14:00",
        "Mo 16:00-20:00; Di 16:00-20:00; Mi 16:00-20:00; Do 16:00-20:00; Fr 14:00-19:00",
        "Di 07:00-13:00; Do 07:00-13:00; Fr 07:00-18:00; Mi 12:00-18:00",
    ];

    public static List<Patient> Create(DemoRandom random, DateTimeOffset now, DateOnly today)
    {
        var patients = new List<Patient>(Count);
        for (var i = 0; i < Count; i++)
        {
            patients.Add(CreateOne(random, DemoPlaces.All[i % DemoPlaces.All.Count], i, now, today));
        }

        return patients;
    }

    private static Patient CreateOne(DemoRandom random, DemoPlace place, int index, DateTimeOffset now, DateOnly today)
    {
        var female = random.Chance(0.62);
        var firstName = random.Pick(female ? DemoNames.Female : DemoNames.Male);
        var lastName = random.Pick(DemoNames.Last);
        var personal = new PatientPersonalData(
            female ? Salutation.Frau : Salutation.Herr,
            null,
            firstName,
            lastName,
            today.AddYears(-random.Between(19, 72)).AddDays(-random.Between(0, 365)),
            $"{random.Pick(DemoPlaces.Streets)} {random.Between(1, 80)}",
            PostalCode.Parse(place.PostalCode),
            place.City,
            random.Chance(0.9) ? EmailAddress.Parse($"patient{index + 1}@example.org") : null,
            $"0151 {random.Between(1000000, 9999999)}");
        // Registered at least 45 days ago, so every demo search (started days later) predates its inquiries (up to 41 days old).
        var patient = Patient.Register(personal, now.AddDays(-random.Between(45, 160)), today).Value;
        if (index % 20 != 13)
        {
            patient.SetLocation(Location.From(GeoPoint.Of(place.Latitude + random.Jitter(0.02), place.Longitude + random.Jitter(0.03)), LocationSource.Address));
        }

        patient.UpdateInsurance(new PatientInsurance(random.Pick(DemoNames.Insurers), random.Chance(0.9) ? InsuranceType.Statutory : InsuranceType.Private, $"A{random.Between(100000000, 999999999)}", "Dr. med. Hausärztin Demo"));
        ApplyClinicalData(random, patient, index, today);
        ApplyLogisticsAndPreferences(random, patient);
        patient.RecordConsent("2026-01", patient.CreatedAt);
        // Every eleventh declined the weekly progress e-mail (by index, so the random sequence stays the same).
        patient.UpdateBusiness(new PatientBusinessData(index % 25 != 24, $"BOONA-{2026}-{index + 1:D4}", index % 9 != 0, random.Chance(0.3) ? "Hausarztpraxis" : null, WeeklyProgressOptOut: index % 11 == 3));
        return patient;
    }

    private static void ApplyClinicalData(DemoRandom random, Patient patient, int index, DateOnly today)
    {
        var sprechstundeOnly = index % 8 == 5;
        var hadTherapy = random.Chance(0.3);
        var clinical = new PatientClinicalData(
            sprechstundeOnly ? [] : random.Several(Diagnoses, random.Between(1, 3)).Select(Icd10Code.Parse).ToList(),
            sprechstundeOnly || random.Chance(0.5) ? today.AddDays(-random.Between(7, 90)) : null,
            random.Several(Enum.GetValues<Symptom>(), random.Between(1, 5)).ToList(),
            hadTherapy,
            hadTherapy ? today.AddDays(-random.Between(200, 1500)) : null,
            new ClinicalHistory(null, "Antriebslosigkeit, Grübeln, Schlafstörungen", "seit etwa einem Jahr", null, null, null, "Arbeitsbelastung", "Partnerin, Freundeskreis", "Möchte wieder belastbarer werden", "Regelmäßige Termine", "Rückkehr in den Alltag"));
        patient.UpdateClinicalData(clinical, today);
    }

    private static void ApplyLogisticsAndPreferences(DemoRandom random, Patient patient)
    {
        patient.UpdateLogistics(new PatientLogistics(
            WeeklyWindows.FromStorage(random.Pick(FreeTimes)),
            random.Between(20, 41),
            random.Pick(new[] { 10, 15, 20, 25, 30 }),
            random.Chance(0.4) ? TravelMode.Car : TravelMode.PublicTransport,
            random.Chance(0.3),
            random.Chance(0.2)));
        patient.UpdatePreferences(new PatientPreferences(
            random.Chance(0.2) ? TherapistGenderPreference.Female : TherapistGenderPreference.Any,
            random.Chance(0.2) ? [TherapyMethod.Vt] : [],
            random.Chance(0.08) ? [random.Pick(DemoNames.ForeignLanguages)] : []));
    }
}
