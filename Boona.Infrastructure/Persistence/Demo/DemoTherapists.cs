using Boona.Domain.Common;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>About four therapists per demo postal code, with every status, channel and availability the screens show.</summary>
internal static class DemoTherapists
{
    private static readonly string[] PhoneHourPatterns =
    [
        "Mo 08:30-09:00; Mi 12:00-12:30", "Di 09:00-10:00", "Mo 13:00-13:30; Do 08:00-08:50", "Mi 14:00-15:30",
        "Mo 09:00-09:25; Di 09:00-09:25; Fr 11:00-12:00", "Do 16:00-16:50",
    ];

    private static readonly string[] DiagnosisPreferences = ["F3", "F4", "F32", "F43.1", "F40", "F50"];

    public static List<Therapist> Create(DemoRandom random, DateTimeOffset now, DateOnly today)
    {
        var therapists = new List<Therapist>();
        var index = 0;
        foreach (var place in DemoPlaces.All)
        {
            // Every seventh place is a group practice sharing one e-mail address.
            var sharedEmail = index % 7 == 3 ? EmailAddress.Parse($"praxis.{place.PostalCode}@psychotherapie-demo.de") : null;
            for (var i = 0; i < 4; i++, index++)
            {
                therapists.Add(CreateOne(random, place, index, i < 3 ? sharedEmail : null, now, today));
            }
        }

        return therapists;
    }

    private static Therapist CreateOne(DemoRandom random, DemoPlace place, int index, EmailAddress? sharedEmail, DateTimeOffset now, DateOnly today)
    {
        var female = random.Chance(0.68);
        var firstName = random.Pick(female ? DemoNames.Female : DemoNames.Male);
        var lastName = random.Pick(DemoNames.Last);
        var phoneOnly = sharedEmail is null && random.Chance(0.15);
        var email = sharedEmail ?? (phoneOnly ? null : EmailAddress.Parse($"{Slug(firstName)}.{Slug(lastName)}{index}@praxis-demo.de"));
        var methods = random.Chance(0.55) ? [TherapyMethod.Vt] : random.Several([TherapyMethod.Vt, TherapyMethod.Tp, TherapyMethod.Ap, TherapyMethod.St], random.Between(1, 3)).ToList();
        var profile = new TherapistProfile(
            female ? Salutation.Frau : Salutation.Herr,
            random.Chance(0.4) ? random.Pick(DemoNames.Titles) : null,
            firstName,
            lastName,
            null,
            $"{random.Pick(DemoPlaces.Streets)} {random.Between(1, 120)}",
            PostalCode.Parse(place.PostalCode),
            place.City,
            $"0{random.Between(200, 999)} {random.Between(100000, 999999)}",
            null,
            email,
            random.Chance(0.5) ? $"https://www.praxis-{Slug(lastName)}-{index}.de" : null,
            random.Chance(0.8),
            methods,
            random.Chance(0.15) ? AgeGroups.Adults | AgeGroups.ChildrenAndAdolescents : AgeGroups.Adults,
            random.Chance(0.2) ? TherapySettings.Individual | TherapySettings.Group : TherapySettings.Individual,
            random.Chance(0.25) ? [random.Pick(DemoNames.ForeignLanguages)] : [],
            random.Chance(0.3) ? "Traumatherapie (EMDR)" : null,
            random.Chance(0.1) ? "Abendtermine" : null);
        var status = index % 50 == 7 ? TherapistStatus.PendingReview : TherapistStatus.Active;
        var therapist = Therapist.Create(profile, status, now.AddDays(-random.Between(30, 900))).Value;
        therapist.SetLocation(Location.From(GeoPoint.Of(place.Latitude + random.Jitter(0.03), place.Longitude + random.Jitter(0.05)), LocationSource.Address));
        if (random.Chance(0.65))
        {
            therapist.SetPhoneHours(WeeklyWindows.FromStorage(random.Pick(PhoneHourPatterns)));
        }

        ApplyRelationship(random, therapist, index, now, today);
        return therapist;
    }

    private static void ApplyRelationship(DemoRandom random, Therapist therapist, int index, DateTimeOffset now, DateOnly today)
    {
        therapist.MarkKnowsBoona(random.Chance(0.35));
        if (random.Chance(0.45))
        {
            var confirmedDaysAgo = random.Chance(0.75) ? random.Between(1, 40) : random.Between(70, 200);
            var free = random.Chance(0.6) ? today.AddDays(random.Between(-10, 120)) : (DateOnly?)null;
            therapist.ConfirmAvailability(free, null, free is null && random.Chance(0.5), free is null ? "Ab Frühjahr evtl. Kapazitäten" : null, now.AddDays(-confirmedDaysAgo));
        }

        if (random.Chance(0.25))
        {
            therapist.SetPreferences(random.Several(DiagnosisPreferences, random.Between(1, 3)).Select(Icd10Prefix.Parse), random.Chance(0.5) ? 18 : null, random.Chance(0.3) ? 65 : null, random.Chance(0.05) ? Gender.Female : null, random.Chance(0.3));
        }

        if (index % 40 == 11)
        {
            therapist.SetContactRules(today.AddDays(random.Between(5, 60)), ContactChannel.Email, today);
        }
        else if (index % 30 == 5)
        {
            therapist.SetContactRules(null, ContactChannel.Phone, today);
        }

        if (therapist.Status != TherapistStatus.Active)
        {
            return;
        }

        if (index % 33 == 9)
        {
            var daysAgo = random.Between(10, 300);
            therapist.Block("Möchte keine Anfragen von Vermittlungsdiensten", null, Stamp(now, today, daysAgo));
        }
        else if (index % 45 == 20)
        {
            therapist.Block("Elternzeit", today.AddDays(random.Between(20, 120)), Stamp(now, today, 20));
        }
        else if (index % 97 == 50)
        {
            therapist.Deactivate("Praxis aufgegeben (Ruhestand)", Stamp(now, today, 60));
        }
    }

    private static StatusStamp Stamp(DateTimeOffset now, DateOnly today, int daysAgo) => new(now.AddDays(-daysAgo), today.AddDays(-daysAgo), "Demo");

    private static string Slug(string text) =>
        text.ToLowerInvariant().Replace("ä", "ae", StringComparison.Ordinal).Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal).Replace("ß", "ss", StringComparison.Ordinal).Replace("ı", "i", StringComparison.Ordinal)
            .Replace("ć", "c", StringComparison.Ordinal);
}
