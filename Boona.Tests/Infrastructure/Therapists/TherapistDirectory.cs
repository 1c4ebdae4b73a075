using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Settings;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Therapists;

/// <summary>
/// Five therapists that differ in every filtered attribute, and the use cases on a test database.
/// Today is <see cref="Build.Today"/>; the planning horizon is 90 days, availability expires after 8 weeks.
/// </summary>
internal static class TherapistDirectory
{
    public static FakeTimeProvider Clock() => new(Build.Now);

    public static TherapistQueries Queries(TestDatabase database) =>
        new(database.Factory, new SettingsStore(database.Factory, Clock()), Clock());

    public static TherapistCommands Commands(TestDatabase database) => new(database.Factory, Clock(), new PostalCodeQueries(database.Factory));

    public static async Task SeedAsync(TestDatabase database)
    {
        var now = Build.Now;
        var today = Build.Today;
        var aber = Create("Anna", "Aber", "50667", "Köln", [TherapyMethod.Vt], true, TherapistStatus.Active);
        aber.MarkKnowsBoona(true);
        aber.ConfirmAvailability(today.AddDays(10), null, false, null, now.AddDays(-1));

        var oezdemir = Create("Ömer", "Özdemir", "50999", "Köln", [TherapyMethod.Tp, TherapyMethod.St], false, TherapistStatus.Active, Salutation.Herr);
        oezdemir.ConfirmAvailability(null, null, true, "vielleicht", now.AddDays(-70));
        oezdemir.StartCooling(today.AddDays(-23), 4);

        var bode = Create("Berta", "Bode", "51105", "Köln", [TherapyMethod.St], true, TherapistStatus.PendingReview);
        bode.ConfirmAvailability(today.AddDays(200), null, false, null, now.AddDays(-2));

        var cramer = Create("Carl", "Cramer", "10115", "Berlin", [TherapyMethod.Vt], false, TherapistStatus.Active, Salutation.Herr);
        cramer.ConfirmAvailability(null, null, true, null, now.AddDays(-3));
        cramer.StartCooling(today.AddDays(-28), 4);
        cramer.Block("Elternzeit", null, Build.Stamp(daysAgo: 5));

        var dietz = Create("Dora", "Dietz", "80331", "München", [TherapyMethod.Ap], true, TherapistStatus.Active);
        dietz.MarkKnowsBoona(true);
        dietz.ConfirmAvailability(null, today.AddDays(30), false, null, now.AddDays(-50));
        dietz.Deactivate("Ruhestand", Build.Stamp(daysAgo: 10));

        await using var context = database.CreateContext();
        context.Therapists.AddRange(aber, oezdemir, bode, cramer, dietz);
        await context.SaveChangesAsync(TestContext.Current.CancellationToken);
    }

    private static Therapist Create(string first, string last, string postalCode, string city, TherapyMethod[] methods, bool kassensitz, TherapistStatus status, Salutation salutation = Salutation.Frau)
    {
        var profile = Build.TherapistProfile(last, postalCode, salutation: salutation, methods: methods) with
        {
            FirstName = first,
            City = city,
            HasKassensitz = kassensitz,
            Email = last == "Cramer" ? null : EmailAddress.Parse($"{postalCode}@praxis.de"),
        };
        return Therapist.Create(profile, status == TherapistStatus.PendingReview ? status : TherapistStatus.Active, Build.Now).Value;
    }
}
