using System.Globalization;
using Boona.Benchmarks.Common;
using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Benchmarks.Matching;

/// <summary>
/// Searching patients spread over real postal codes, with the mix of diagnoses, distances, travel modes
/// and wishes that makes every matching criterion do work. Built through the domain model; reproducible.
/// </summary>
public sealed class PatientGenerator(IReadOnlyList<ZipCodePlace> places, DateTimeOffset now, DateOnly today, int seed = 20261127)
{
    private static readonly string[] Diagnoses = ["F32.1", "F33.0", "F41.1", "F43.1", "F40.1", "F50.2", "F60.3", "F42.0"];
    private static readonly Symptom[] Symptoms = Enum.GetValues<Symptom>();

    private readonly Random _random = new(seed);

    public IEnumerable<Patient> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return One(i);
        }
    }

    private Patient One(int index)
    {
        var place = places[_random.Next(places.Count)];
        var female = Chance(0.6);
        var personal = new PatientPersonalData(
            female ? Salutation.Frau : Salutation.Herr,
            null,
            female ? "Maria" : "Jan",
            string.Create(CultureInfo.InvariantCulture, $"Bench{index}"),
            today.AddYears(-_random.Next(19, 75)).AddDays(-_random.Next(0, 365)),
            "Am Markt 1",
            PostalCode.Parse(place.PostalCode),
            place.City,
            EmailAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"p{index}@bench.example")),
            null);
        var patient = Patient.Register(personal, now, today).Value;
        patient.SetContractsSigned(true);
        patient.RecordConsent("2026-01", now);
        var diagnosed = Chance(0.9);
        patient.UpdateClinicalData(
            new PatientClinicalData(diagnosed ? [Icd10Code.Parse(Pick(Diagnoses))] : [], diagnosed ? null : today.AddDays(-20), [Pick(Symptoms)], false, null, ClinicalHistory.Empty),
            today);
        patient.UpdateLogistics(new PatientLogistics(
            WeeklyWindows.FromStorage("Mo 08:00-18:00; Mi 08:00-18:00; Fr 08:00-14:00"), 26, _random.Next(8, 41), Chance(0.4) ? TravelMode.Car : TravelMode.PublicTransport, Chance(0.3), false));
        patient.UpdatePreferences(new PatientPreferences(
            Chance(0.2) ? TherapistGenderPreference.Female : Chance(0.05) ? TherapistGenderPreference.Male : TherapistGenderPreference.Any,
            Chance(0.2) ? [Chance(0.5) ? TherapyMethod.Vt : TherapyMethod.Tp] : [],
            Chance(0.05) ? ["en"] : []));

        // A small offset from the postal-code centroid: patients of one code do not all live on the same spot.
        patient.SetLocation(Location.From(GeoPoint.Of(place.Latitude + Jitter(0.02), place.Longitude + Jitter(0.03)), LocationSource.Address));
        patient.MarkSearching(today.AddDays(-_random.Next(1, 120)));
        return patient;
    }

    private double Jitter(double range) => (_random.NextDouble() * 2 - 1) * range;

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private T Pick<T>(T[] values) => values[_random.Next(values.Length)];
}
