using System.Globalization;
using Boona.Domain.Common;
using Boona.Domain.Patients;

namespace Boona.Infrastructure.Patients;

public sealed partial class PatientInput
{
    /// <summary>The form's starting values for editing a stored patient.</summary>
    public static PatientInput From(Patient patient) => new()
    {
        Salutation = patient.Salutation,
        Gender = patient.Gender,
        FirstName = patient.FirstName,
        LastName = patient.LastName,
        BirthDate = patient.BirthDate,
        Street = patient.Street,
        PostalCode = patient.PostalCode.Value,
        City = patient.City,
        Email = patient.Email?.Value,
        Phone = patient.Phone,
        InsurerName = patient.Insurance.InsurerName,
        InsuranceType = patient.Insurance.InsuranceType,
        InsuranceNumber = patient.Insurance.InsuranceNumber,
        GeneralPractitioner = patient.Insurance.GeneralPractitioner,
        Diagnoses = string.Join(", ", patient.Diagnoses),
        SprechstundeOn = patient.SprechstundeOn,
        Symptoms = [.. patient.Symptoms],
        HadPriorPsychotherapy = patient.HadPriorPsychotherapy,
        LastTherapySessionOn = patient.LastTherapySessionOn,
        History = ClinicalHistoryInput.From(patient.History),
        AvailableTimes = GermanWindows(patient.AvailableTimes),
        HoursPerWeekAvailable = patient.HoursPerWeekAvailable,
        MaxDistanceKm = patient.MaxDistanceKm,
        TravelMode = patient.TravelMode,
        OpenForGroupTherapy = patient.OpenForGroupTherapy,
        OpenForDiga = patient.OpenForDiga,
        TherapistGender = patient.PreferredTherapistGender,
        Methods = [.. patient.PreferredMethods],
        Languages = [.. patient.RequiredLanguages],
        ContractsSigned = patient.ContractsSigned,
        WeeklyProgressOptOut = patient.WeeklyProgressOptOut,
        ConsentGiven = patient.ConsentGivenAt is not null,
        ConsentVersion = patient.ConsentVersion,
        PaymentReference = patient.PaymentReference,
        Paid = patient.Paid,
        ReferredBy = patient.ReferredBy,
    };

    /// <summary>As coordinators type them: <c>Mo 08:00-12:00; Mi 14:00-18:00</c>.</summary>
    private static string? GermanWindows(WeeklyWindows windows) =>
        windows.IsEmpty
            ? null
            : string.Join("; ", windows.Windows.Select(w => string.Create(CultureInfo.InvariantCulture, $"{WeekdayNames.German(w.Day)} {w.Start:HH\\:mm}-{w.End:HH\\:mm}")));
}
