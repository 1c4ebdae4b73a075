using Boona.Domain.Patients;
using Boona.Domain.Searches;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>Searches for most patients; some paused (with and without end date), some cancelled, a few patients without one.</summary>
internal static class DemoSearches
{
    public static List<PlacementSearch> Create(DemoRandom random, IReadOnlyList<Patient> patients, DateOnly today)
    {
        var searches = new List<PlacementSearch>();
        for (var i = 0; i < patients.Count; i++)
        {
            var patient = patients[i];
            if (i % 12 == 0 || !PreQualification.Passes(patient, today))
            {
                continue;
            }

            // A search starts a few days after registration, once the pre-qualification is complete.
            var startedAt = patient.CreatedAt.AddDays(random.Between(1, 4));
            var search = PlacementSearch.Start(patient.Id, startedAt);
            patient.MarkSearching(Infrastructure.Common.BoonaTime.ToLocalDate(startedAt));
            if (i % 12 == 3)
            {
                search.Pause(i % 24 == 3 ? today.AddDays(14) : null, "Patientin ist im Urlaub", today, startedAt.AddDays(1), null);
            }
            else if (i % 12 == 4 && i > 40)
            {
                search.Cancel("Patient hat selbst einen Platz gefunden", startedAt.AddDays(2), null);
                patient.MarkSearchCancelled();
            }
            else if (i % 5 == 0)
            {
                search.AddNote("Bevorzugt Termine am Nachmittag.", startedAt.AddHours(2), null);
            }

            searches.Add(search);
        }

        return searches;
    }
}
