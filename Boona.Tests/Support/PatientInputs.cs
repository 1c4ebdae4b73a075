using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Infrastructure.Patients;

namespace Boona.Tests.Support;

/// <summary>Intake form values that pass every check and the pre-qualification; tests change what they are about.</summary>
public static class PatientInputs
{
    public static PatientInput Valid(string lastName = "Schmidt", string postalCode = "50667") => new()
    {
        Salutation = Salutation.Frau,
        FirstName = "Mia",
        LastName = lastName,
        BirthDate = new DateOnly(1988, 3, 14),
        Street = "Ringstraße 5",
        PostalCode = postalCode,
        City = "Köln",
        Email = "mia@example.org",
        Phone = "0151 2345678",
        InsurerName = "AOK Rheinland",
        InsuranceType = InsuranceType.Statutory,
        InsuranceNumber = "A123456789",
        GeneralPractitioner = "Dr. Hausarzt",
        Diagnoses = "F32.1, f41.0",
        Symptoms = [Symptom.LowMood, Symptom.SleepProblems],
        History = new ClinicalHistoryInput { CurrentComplaints = "Grübeln", Goals = "Wieder arbeiten" },
        AvailableTimes = "Mo 08:00-18:00; Mi 08:00-18:00",
        HoursPerWeekAvailable = 20,
        MaxDistanceKm = 15,
        TravelMode = TravelMode.Car,
        TherapistGender = TherapistGenderPreference.Female,
        Methods = [TherapyMethod.Vt],
        Languages = ["en"],
        ContractsSigned = true,
        ConsentGiven = true,
        ConsentVersion = "2026-01",
        PaymentReference = "BOONA-1",
        Paid = true,
        ReferredBy = "Hausarztpraxis",
    };
}
