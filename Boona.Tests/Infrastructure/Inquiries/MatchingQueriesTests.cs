using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Domain.Patients;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>Steps 1 and 2 against a real database: what the region's queries load and how it is matched.</summary>
public sealed class MatchingQueriesTests
{
    [Theory, EveryProvider]
    public async Task The_region_list_holds_the_contactable_therapists_in_order_and_says_why_the_others_are_not(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var rest = await world.AddTherapistAsync("Adler");
        var best = await world.AddTherapistAsync("Zorn", change: t =>
        {
            t.MarkKnowsBoona(true);
            t.ConfirmAvailability(Build.Today.AddDays(7), null, false, null, Build.Now);
        });
        var phone = await world.AddTherapistAsync("Aaron", phoneOnly: true);
        var asked = await world.AddTherapistAsync("Berg");
        var elsewhere = await world.AddTherapistAsync("Cramer", postalCode: "10115");
        var cooling = await world.AddTherapistAsync("Dorn", email: "praxis@example.de", change: t => t.StartCooling(Build.Today, 4));
        var mate = await world.AddTherapistAsync("Ernst", email: "praxis@example.de");
        var pending = await world.AddTherapistAsync("Fink");
        await world.SentInquiryAsync(asked, await world.AddSearchAsync("Schmidt"));

        var region = (await world.Matching.LoadRegionAsync("50", Token)).Value;

        Assert.Equal([best.Id, rest.Id, pending.Id, phone.Id], region.Selection.Contactable.Select(c => c.Therapist.Id));
        Assert.Equal((true, true, false), (region.Selection.Contactable[0].IsAvailable, region.Selection.Contactable[0].KnowsBoona, region.Selection.Contactable[0].IsPhoneOnly));
        Assert.True(region.Selection.Contactable[3].IsPhoneOnly);
        Assert.Equal(SkipReason.OpenInquiry, region.Selection.SkipOf(asked.Id)!.Reason);
        Assert.Equal((SkipReason.Cooling, Build.Today.AddDays(28)), (region.Selection.SkipOf(cooling.Id)!.Reason, region.Selection.SkipOf(cooling.Id)!.Until));
        Assert.Equal(SkipReason.PracticeBusy, region.Selection.SkipOf(mate.Id)!.Reason);
        Assert.Null(region.Selection.SkipOf(elsewhere.Id));
        Assert.DoesNotContain(region.Selection.Contactable, c => c.Therapist.Id == elsewhere.Id);
    }

    [Theory, EveryProvider]
    public async Task A_practice_mate_registered_in_another_region_keeps_the_practice_out(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        await world.AddTherapistAsync("Dorn", postalCode: "10115", email: "praxis@example.de", change: t => t.StartCooling(Build.Today, 4));
        var here = await world.AddTherapistAsync("Ernst", email: "praxis@example.de");

        var region = (await world.Matching.LoadRegionAsync("50667", Token)).Value;

        Assert.Equal("50", region.Region);
        Assert.Empty(region.Selection.Contactable);
        Assert.Equal(SkipReason.PracticeBusy, region.Selection.SkipOf(here.Id)!.Reason);
    }

    [Theory]
    [InlineData("5")]
    [InlineData("5a")]
    [InlineData("506671")]
    [InlineData("")]
    public async Task A_region_must_be_the_leading_postal_code_digits(string input)
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);

        var result = await new InquiryWorld(database).Matching.LoadRegionAsync(input, Token);

        Assert.Equal(("matching.region.invalid", "Region"), (result.FirstError!.Code, result.FirstError.Field));
    }

    [Theory, EveryProvider]
    public async Task The_candidates_are_the_suitable_searches_oldest_first_and_every_other_patient_is_listed_with_the_reason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var other = await world.AddTherapistAsync("Zorn");
        var newer = await world.AddSearchAsync("Neu", daysAgo: 2);
        var older = await world.AddSearchAsync("Alt", daysAgo: 30);
        var far = await world.AddSearchAsync("Fern", kmNorth: 40);
        var unknown = await world.AddSearchAsync("Ohne", change: p => p.UpdatePersonalData(Build.PersonalData("Ohne") with { Street = "Neue Straße 1" }, Build.Today));
        var asked = await world.AddSearchAsync("Gefragt");
        await world.AddSearchAsync("Berlin", postalCode: "10115");
        var paused = await world.AddSearchAsync("Pause");
        await world.SentInquiryAsync(therapist, asked);
        await world.SentInquiryAsync(other, newer);
        await using (var context = database.CreateContext())
        {
            (await context.Searches.FindAsync([paused.Id], Token))!.Pause(null, "Urlaub", Build.Today, Build.Now, null);
            await context.SaveChangesAsync(Token);
        }

        var (_, preview) = (await world.Matching.PreviewAsync(therapist.Id, Token)).Value;

        Assert.Equal([older.Id, newer.Id], preview.Bundle.Select(c => c.Search.SearchId));
        Assert.InRange(preview.Bundle[0].DistanceKm, 2.9, 3.1);
        var reasons = preview.LeftOut.ToDictionary(l => l.Search.SearchId, l => l.Reasons.Single());
        Assert.Equal([far.Id, unknown.Id, asked.Id], reasons.Keys.Order());
        Assert.Equal((Criterion.Distance, 20), (reasons[far.Id].Criterion, reasons[far.Id].MaxDistanceKm!.Value));
        Assert.InRange(reasons[far.Id].DistanceKm!.Value, 39.9, 40.1);
        Assert.Equal(Criterion.LocationUnknown, reasons[unknown.Id].Criterion);
        Assert.Equal(Criterion.AlreadyAsked, reasons[asked.Id].Criterion);
    }

    [Theory, EveryProvider]
    public async Task The_road_distance_counts_for_patients_who_drive_when_routing_is_configured(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database, new FixedRoutes(35));
        var therapist = await world.AddTherapistAsync("Weber");
        var driver = await world.AddSearchAsync("Auto", change: p => p.UpdateLogistics(new PatientLogistics(p.AvailableTimes, 25, 20, TravelMode.Car, false, false)));
        var rider = await world.AddSearchAsync("Bahn");

        var (_, preview) = (await world.Matching.PreviewAsync(therapist.Id, Token)).Value;

        Assert.Equal([rider.Id], preview.Suitable.Select(c => c.Search.SearchId));
        Assert.Null(preview.Suitable[0].TravelTime);
        Assert.Equal(new LeftOutReason(Criterion.Distance, 35, 20), preview.LeftOut.Single(l => l.Search.SearchId == driver.Id).Reasons.Single());
    }

    [Theory, EveryProvider]
    public async Task A_driver_gets_the_road_kilometres_and_the_driving_time_from_the_routing_service_and_a_road_too_long_is_told_in_km(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var practice = InquiryWorld.North(0).Point;
        // Roads wind: the patient 3 km away has a 17 km drive of 21 minutes, the one 5 km away a 27 km drive (too far).
        await using var osrm = await OsrmStandIn.StartAsync(p => p.DistanceKmTo(practice) < 4
            ? new Route(17.25, TimeSpan.FromSeconds(1260.4))
            : new Route(26.5, TimeSpan.FromMinutes(29)));
        var world = new InquiryWorld(database, osrm.Client(database));
        var therapist = await world.AddTherapistAsync("Weber");
        var near = await world.AddSearchAsync("Nah", kmNorth: 3, daysAgo: 30, change: Drives);
        var far = await world.AddSearchAsync("Weit", kmNorth: 5, daysAgo: 20, change: Drives);
        var rider = await world.AddSearchAsync("Bahn", kmNorth: 5, daysAgo: 10);

        var (_, preview) = (await world.Matching.PreviewAsync(therapist.Id, Token)).Value;

        Assert.Equal([near.Id, rider.Id], preview.Suitable.Select(c => c.Search.SearchId));
        Assert.Equal((17.25, true, (TimeSpan?)TimeSpan.FromSeconds(1260.4)), (preview.Suitable[0].DistanceKm, preview.Suitable[0].ByRoad, preview.Suitable[0].TravelTime));
        Assert.Equal((false, (TimeSpan?)null), (preview.Suitable[1].ByRoad, preview.Suitable[1].TravelTime));
        Assert.Equal(new LeftOutReason(Criterion.Distance, 26.5, 20), preview.LeftOut.Single(l => l.Search.SearchId == far.Id).Reasons.Single());
        Assert.Single(osrm.Server.Requests);

        // A second look is answered from the route cache, with the same driving time.
        var (_, again) = (await world.Matching.PreviewAsync(therapist.Id, Token)).Value;

        Assert.Equal(TimeSpan.FromSeconds(1260.4), again.Suitable[0].TravelTime);
        Assert.Single(osrm.Server.Requests);
    }

    private static void Drives(Patient p) => p.UpdateLogistics(new PatientLogistics(p.AvailableTimes, 25, 20, TravelMode.Car, false, false));

    /// <summary>Stands in for the OSRM server on the internet: every route is the same length.</summary>
    private sealed class FixedRoutes(double km) : IRoutingService
    {
        public bool IsEnabled => true;

        public Task<IReadOnlyList<Route?>> GetCarRoutesAsync(GeoPoint origin, IReadOnlyList<GeoPoint> destinations, CancellationToken cancellationToken) =>
            Task.FromResult<IReadOnlyList<Route?>>([.. destinations.Select(_ => (Route?)new Route(km, TimeSpan.FromMinutes(km)))]);
    }
}
