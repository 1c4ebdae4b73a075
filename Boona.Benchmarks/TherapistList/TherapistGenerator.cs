using System.Globalization;
using Boona.Benchmarks.Common;
using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Benchmarks.TherapistList;

/// <summary>
/// A reproducible directory of therapists spread over real postal codes, with the mix of statuses,
/// methods, availability and cooling a mature directory has. Built through the domain model.
/// </summary>
public sealed class TherapistGenerator(IReadOnlyList<ZipCodePlace> places, DateTimeOffset now, DateOnly today, int seed = 20261126)
{
    private static readonly string[] Roots =
    [
        "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Schäfer",
        "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger",
        "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz", "Krause", "Meier", "Lehmann", "Schmid", "Schulze",
        "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer", "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz",
        "Möller", "Weiß", "Jung", "Hahn", "Keller", "Yılmaz", "Kaya", "Nowak", "Kowalski", "Rossi", "Petrović", "Öztürk",
        "Vogel", "Friedrich", "Günther", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann", "Franke", "Albrecht",
    ];

    private static readonly string[] FirstNames =
    [
        "Anna", "Julia", "Katharina", "Laura", "Lea", "Sarah", "Lisa", "Miriam", "Johanna", "Sophie", "Hannah", "Claudia",
        "Sabine", "Petra", "Birgit", "Andrea", "Stefanie", "Nicole", "Elif", "Aylin", "Lukas", "Jonas", "Felix", "Paul",
        "David", "Tobias", "Florian", "Matthias", "Stefan", "Thomas", "Michael", "Andreas", "Markus", "Christian", "Emre",
    ];

    private static readonly TherapyMethod[] Methods = [TherapyMethod.Vt, TherapyMethod.Tp, TherapyMethod.Ap, TherapyMethod.St];

    private readonly Random _random = new(seed);

    public IEnumerable<Therapist> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return One(i);
        }
    }

    private Therapist One(int index)
    {
        var place = places[_random.Next(places.Count)];
        var female = _random.NextDouble() < 0.7;
        var lastName = Chance(0.15) ? $"{Pick(Roots)}-{Pick(Roots)}" : Pick(Roots);
        var firstName = Pick(FirstNames);
        var profile = new TherapistProfile(
            female ? Salutation.Frau : Salutation.Herr,
            Chance(0.4) ? "Dr." : null,
            firstName,
            lastName,
            null,
            $"Hauptstraße {_random.Next(1, 200)}",
            PostalCode.Parse(place.PostalCode),
            place.City,
            string.Create(CultureInfo.InvariantCulture, $"0{_random.Next(200, 999)} {_random.Next(100000, 999999)}"),
            null,
            Chance(0.85) ? EmailAddress.Parse(string.Create(CultureInfo.InvariantCulture, $"praxis{index}@therapie-bench.de")) : null,
            null,
            Chance(0.8),
            Chance(0.55) ? [TherapyMethod.Vt] : [.. Methods.Where(_ => Chance(0.45)).DefaultIfEmpty(TherapyMethod.Tp)],
            AgeGroups.Adults,
            TherapySettings.Individual,
            [],
            null,
            null);
        var therapist = Therapist.Create(profile, Chance(0.05) ? TherapistStatus.PendingReview : TherapistStatus.Active, now.AddDays(-_random.Next(1, 1500))).Value;
        therapist.SetLocation(Location.From(GeoPoint.Of(place.Latitude, place.Longitude), LocationSource.PostalCodeCentroid));
        Relate(therapist);
        return therapist;
    }

    private void Relate(Therapist therapist)
    {
        therapist.MarkKnowsBoona(Chance(0.3));
        if (Chance(0.4))
        {
            var free = Chance(0.6) ? today.AddDays(_random.Next(-10, 200)) : (DateOnly?)null;
            therapist.ConfirmAvailability(free, null, free is null && Chance(0.5), null, now.AddDays(-_random.Next(1, 120)));
        }

        if (Chance(0.25))
        {
            therapist.StartCooling(today.AddDays(-_random.Next(1, 60)), 4);
        }

        if (therapist.Status == TherapistStatus.Active && Chance(0.1))
        {
            if (Chance(0.5))
            {
                var daysAgo = _random.Next(1, 300);
                therapist.Block("Keine Anfragen", null, new StatusStamp(now.AddDays(-daysAgo), today.AddDays(-daysAgo), "Benchmark"));
            }
            else
            {
                therapist.Deactivate("Ruhestand", new StatusStamp(now, today, "Benchmark"));
            }
        }
    }

    private bool Chance(double probability) => _random.NextDouble() < probability;

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
