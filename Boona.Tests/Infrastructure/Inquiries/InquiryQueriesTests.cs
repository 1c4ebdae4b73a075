using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>The inquiry list's states, filtered in the database, and the inquiry page's data.</summary>
public sealed class InquiryQueriesTests
{
    [Theory, EveryProvider]
    public async Task The_list_filters_by_state_unsent_awaiting_overdue_answered_and_cancelled(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var overdue = await world.SentInquiryAsync(await world.AddTherapistAsync("Adler"), await world.AddSearchAsync("Eins"));
        world.Clock.Advance(TimeSpan.FromDays(5));
        var awaiting = await world.SentInquiryAsync(await world.AddTherapistAsync("Berg"), await world.AddSearchAsync("Zwei"));
        var answeredSearch = await world.AddSearchAsync("Drei");
        var answered = await world.SentInquiryAsync(await world.AddTherapistAsync("Cramer"), answeredSearch);
        await world.Answers.RecordAsync(new AnswerInput(answered, answeredSearch.Id, InquiryOutcome.DeclinedNoCapacity), Token);
        var unsent = (await world.Inquiries.CreateAsync(new NewInquiry((await world.AddTherapistAsync("Dorn")).Id, [(await world.AddSearchAsync("Vier")).Id]), Token)).Value;
        var cancelled = (await world.Inquiries.CreateAsync(new NewInquiry((await world.AddTherapistAsync("Ernst")).Id, [(await world.AddSearchAsync("Fünf")).Id]), Token)).Value;
        await using (var context = database.CreateContext())
        {
            (await context.Inquiries.SingleAsync(i => i.Id == cancelled, Token)).Cancel("Praxis geschlossen", world.Clock.GetUtcNow());
            await context.SaveChangesAsync(Token);
        }

        world.Clock.Advance(TimeSpan.FromDays(3));
        async Task<int[]> Ids(InquiryListState? state) => [.. (await world.Queries.ListAsync(new InquiryListQuery(state), Token)).Items.Select(r => r.Id)];

        Assert.Equal([unsent], await Ids(InquiryListState.Unsent));
        Assert.Equal([awaiting], await Ids(InquiryListState.AwaitingAnswer));
        Assert.Equal([overdue], await Ids(InquiryListState.Overdue));
        Assert.Equal([answered], await Ids(InquiryListState.Answered));
        Assert.Equal([cancelled], await Ids(InquiryListState.Cancelled));
        var all = await world.Queries.ListAsync(new InquiryListQuery(PageSize: 2), Token);
        Assert.Equal((5, 2), (all.Total, all.Items.Count));
        Assert.Equal(InquiryListState.Overdue, (await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.Overdue), Token)).Items[0].State);
    }

    [Theory, EveryProvider]
    public async Task The_inquiry_page_shows_each_patient_with_answer_search_state_and_the_outreach(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var accepted = await world.AddSearchAsync("Angenommen");
        var declined = await world.AddSearchAsync("Abgelehnt");
        var id = await world.SentInquiryAsync(therapist, accepted, declined);
        await world.Answers.RecordAsync(new AnswerInput(id, accepted.Id, InquiryOutcome.Accepted), Token);
        await world.Answers.RecordAsync(new AnswerInput(id, declined.Id, InquiryOutcome.DeclinedOther, "Urlaub"), Token);

        var detail = (await world.Queries.GetAsync(id, Token))!;

        Assert.Equal((InquiryListState.Answered, AnswerType.PartialAcceptance, "Dr. Anna Weber"), (detail.State, detail.AnswerType, detail.Therapist.Name));
        Assert.Equal(Build.Today.AddDays(28), detail.Therapist.NextContactAllowedOn);
        Assert.Equal(
            [("Jonas Angenommen", InquiryOutcome.Accepted, SearchStatus.Placed, true, (string?)null), ("Jonas Abgelehnt", InquiryOutcome.DeclinedOther, SearchStatus.Active, false, "Urlaub")],
            detail.Patients.Select(p => (p.Name, p.Outcome, p.SearchStatus, p.PlacedHere, p.Reason)));
        Assert.Equal($"P-{accepted.PatientId:D5}", detail.Patients[0].Reference);
        Assert.Single(detail.Emails);
        Assert.Null(await world.Queries.GetAsync(999_999, Token));
    }

    [Theory, EveryProvider]
    public async Task A_coordinator_overrides_the_cooling_period_with_a_reason_that_is_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber", change: t => t.StartCooling(Build.Today, 4));
        var state = (await world.Cooling.GetAsync(therapist.Id, Token))!;

        var noReason = await world.Cooling.OverrideAsync(therapist.Id, new() { Version = state.Version, Reason = " " }, Token);
        var done = await world.Cooling.OverrideAsync(therapist.Id, new() { Version = state.Version, Reason = "Hat um neue Anfragen gebeten" }, Token);
        var stale = await world.Cooling.OverrideAsync(therapist.Id, new() { Version = state.Version, NextContactAllowedOn = Build.Today, Reason = "nochmal" }, Token);

        Assert.Equal(("therapist.cooling.reason", "Reason"), (noReason.FirstError!.Code, noReason.FirstError.Field));
        Assert.True(done.IsSuccess);
        Assert.Equal("concurrency", stale.FirstError!.Code);
        var after = (await world.Cooling.GetAsync(therapist.Id, Token))!;
        Assert.Equal(((DateOnly?)null, "Hat um neue Anfragen gebeten", Build.Now), (after.NextContactAllowedOn, after.OverrideReason, after.OverriddenAt!.Value));
        Assert.True((await world.Matching.LoadRegionAsync("50", Token)).Value.Selection.IsContactable(therapist.Id));
    }

    [Theory, EveryProvider]
    public async Task The_inquiry_page_has_the_cached_road_route_for_a_patient_who_drives_and_none_for_the_others(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var practice = InquiryWorld.North(0).Point;
        await using var osrm = await OsrmStandIn.StartAsync(p => p.DistanceKmTo(practice) < 3.5 ? new Route(17.25, TimeSpan.FromSeconds(1260.4)) : null);
        var world = new InquiryWorld(database, osrm.Client(database));
        var driver = await world.AddSearchAsync("Auto", kmNorth: 3, daysAgo: 30, change: p => p.UpdateLogistics(new PatientLogistics(p.AvailableTimes, 25, 20, TravelMode.Car, false, false)));
        var rider = await world.AddSearchAsync("Bahn", kmNorth: 3, daysAgo: 20);
        var id = await world.SentInquiryAsync(await world.AddTherapistAsync("Weber"), driver, rider);

        var detail = await world.Queries.GetAsync(id, Token);

        Assert.Equal([new Route(17.25, TimeSpan.FromSeconds(1260.4)), null], detail!.Patients.Select(p => p.Route));
        // The inquiry's check on save asked the service; the page reads the cached route.
        Assert.Single(osrm.Server.Requests);
    }
}
