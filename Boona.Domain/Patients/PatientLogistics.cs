using Boona.Domain.Common;

namespace Boona.Domain.Patients;

/// <summary>When and how far the patient can go to therapy.</summary>
public sealed record PatientLogistics(
    WeeklyWindows AvailableTimes,
    int HoursPerWeekAvailable,
    int MaxDistanceKm,
    TravelMode TravelMode,
    bool OpenForGroupTherapy,
    bool OpenForDiga)
{
    public IEnumerable<Error> Validate()
    {
        if (HoursPerWeekAvailable is < 0 or > 80)
        {
            yield return new Error("patient.hours.bounds", "Hours per week must lie between 0 and 80.", nameof(HoursPerWeekAvailable));
        }

        if (MaxDistanceKm is < 1 or > 200)
        {
            yield return new Error("patient.distance.bounds", "The maximum distance must lie between 1 and 200 km.", nameof(MaxDistanceKm));
        }
    }
}
