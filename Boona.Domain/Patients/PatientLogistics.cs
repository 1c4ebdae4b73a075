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
    public const int MaxHoursPerWeek = 80;

    public IEnumerable<Error> Validate()
    {
        if (HoursPerWeekAvailable is < 0 or > MaxHoursPerWeek)
        {
            yield return Error.Invalid("patient.hours.bounds", $"Hours per week must lie between 0 and {MaxHoursPerWeek}.", nameof(HoursPerWeekAvailable));
        }

        if (!Distance.IsAllowed(MaxDistanceKm))
        {
            yield return Error.Invalid("patient.distance.bounds", $"The maximum distance must lie between {Distance.MinKm} and {Distance.MaxKm} km.", nameof(MaxDistanceKm));
        }

        foreach (var error in Choice.Check(TravelMode, nameof(TravelMode)))
        {
            yield return error;
        }
    }
}
