using Boona.Domain.Inquiries;
using Boona.Domain.Matching;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>What stays in follow-up and what leaves it: open patients keep an inquiry there, answers end its calls.</summary>
public sealed class FollowUpTests
{
    [Theory, EveryProvider]
    public async Task A_partially_answered_inquiry_stays_overdue_for_its_open_patient_until_every_patient_is_answered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var first = await world.AddSearchAsync("Eins");
        var second = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, first, second);
        world.Clock.Advance(TimeSpan.FromDays(8));
        Assert.True((await world.Answers.RecordAsync(new AnswerInput(id, first.Id, InquiryOutcome.Accepted), Token)).IsSuccess);

        var overdue = await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.Overdue, null, 0, 20), Token);
        var answeredSoFar = await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.Answered, null, 0, 20), Token);

        var row = Assert.Single(overdue.Items);
        Assert.Equal((id, InquiryListState.Overdue, AnswerType.PartialAcceptance), (row.Id, row.State, row.AnswerType));
        Assert.Empty(answeredSoFar.Items);

        Assert.True((await world.Answers.RecordAsync(new AnswerInput(id, second.Id, InquiryOutcome.DeclinedNoCapacity), Token)).IsSuccess);

        Assert.Empty((await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.Overdue, null, 0, 20), Token)).Items);
        Assert.Equal(id, Assert.Single((await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.Answered, null, 0, 20), Token)).Items).Id);
    }

    [Theory, EveryProvider]
    public async Task The_planned_follow_up_call_ends_when_the_last_patient_is_answered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var first = await world.AddSearchAsync("Eins");
        var second = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, first, second);
        await world.AddAsync(PhoneCall.Plan(therapist.Id, id, PhoneCallPurpose.FollowUp, world.Clock.GetUtcNow().AddDays(7)));

        await world.Answers.RecordAsync(new AnswerInput(id, first.Id, InquiryOutcome.DeclinedNoCapacity), Token);
        var afterOne = await CallStatusAsync(world, id);
        await world.Answers.RecordAsync(new AnswerInput(id, second.Id, InquiryOutcome.DeclinedNoCapacity), Token);

        Assert.Equal(PhoneCallStatus.Planned, afterOne);
        Assert.Equal(PhoneCallStatus.Cancelled, await CallStatusAsync(world, id));
    }

    [Theory, EveryProvider]
    public async Task An_inquiry_waiting_only_for_a_cancelled_search_does_not_keep_the_therapist_out_of_the_selection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        await world.SentInquiryAsync(therapist, search);
        var before = (await world.Matching.LoadRegionAsync("50", Token)).Value.Selection.SkipOf(therapist.Id)?.Reason;

        await using (var context = database.CreateContext())
        {
            var tracked = await context.Searches.SingleAsync(s => s.Id == search.Id, Token);
            Assert.True(tracked.Cancel("Selbst einen Platz gefunden", world.Clock.GetUtcNow(), "test").IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        Assert.Equal(SkipReason.OpenInquiry, before);
        Assert.NotEqual(SkipReason.OpenInquiry, (await world.Matching.LoadRegionAsync("50", Token)).Value.Selection.SkipOf(therapist.Id)?.Reason);
    }

    [Theory, EveryProvider]
    public async Task Cancelling_a_search_takes_the_patient_out_of_every_open_inquiry_like_a_placement_elsewhere(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var cancelled = await world.AddSearchAsync("Eins");
        var other = await world.AddSearchAsync("Zwei");
        var alone = (await world.Inquiries.CreateAsync(new NewInquiry((await world.AddTherapistAsync("Allein", email: "allein@praxis.test")).Id, [cancelled.Id]), Token)).Value;
        var shared = (await world.Inquiries.CreateAsync(new NewInquiry((await world.AddTherapistAsync("Geteilt", email: "geteilt@praxis.test")).Id, [cancelled.Id, other.Id]), Token)).Value;
        var sent = await world.SentInquiryAsync(await world.AddTherapistAsync("Versendet", email: "versendet@praxis.test"), cancelled);

        var result = await Boona.Tests.Infrastructure.Searches.SearchCommandsTests.Commands(database)
            .CancelAsync(cancelled.Id, new Boona.Infrastructure.Searches.SearchCancelInput { Reason = "Selbst einen Platz gefunden" }, "test", Token);

        Assert.True(result.IsSuccess, result.FirstError?.Message);
        Assert.Equal(InquiryStatus.Cancelled, (await world.InquiryAsync(alone)).Status);
        Assert.Equal([other.Id], (await world.InquiryAsync(shared)).ActivePatients.Select(p => p.SearchId));
        var notice = (await world.InquiryAsync(sent)).PatientFor(cancelled.Id);
        Assert.Equal((InquiryOutcome.Withdrawn, true), (notice.Outcome, notice.WithdrawalNoticePending));
    }

    [Theory, EveryProvider]
    public async Task Pausing_a_search_takes_the_patient_out_of_unsent_inquiries_only(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var paused = await world.AddSearchAsync("Eins");
        var other = await world.AddSearchAsync("Zwei");
        var unsent = (await world.Inquiries.CreateAsync(new NewInquiry((await world.AddTherapistAsync("Ungesendet", email: "u@praxis.test")).Id, [paused.Id, other.Id]), Token)).Value;
        var sent = await world.SentInquiryAsync(await world.AddTherapistAsync("Versendet", email: "v@praxis.test"), paused);

        var result = await Boona.Tests.Infrastructure.Searches.SearchCommandsTests.Commands(database)
            .PauseAsync(paused.Id, new Boona.Infrastructure.Searches.SearchPauseInput { Reason = "Urlaub" }, "test", Token);

        Assert.True(result.IsSuccess, result.FirstError?.Message);
        Assert.Equal([other.Id], (await world.InquiryAsync(unsent)).ActivePatients.Select(p => p.SearchId));
        Assert.Equal(InquiryOutcome.Pending, (await world.InquiryAsync(sent)).PatientFor(paused.Id).Outcome);
    }

    private static Task<PhoneCallStatus> CallStatusAsync(InquiryWorld world, int inquiryId) =>
        world.ReadAsync(c => c.PhoneCalls.Where(p => p.InquiryId == inquiryId && p.Purpose == PhoneCallPurpose.FollowUp).Select(p => p.Status).SingleAsync(Token));
}
