using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Calls;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Tests.Infrastructure.FollowUp;

/// <summary>Unanswered inquiries: a reminder first, then a call in the right slot of the right coordinator, each once.</summary>
public sealed class InquiryFollowUpTests
{
    private const string Team = "team@boona.test";

    private static readonly WeeklyWindows Hours = WeeklyWindows.FromStorage("Mon 11:00-12:00; Thu 09:00-10:00");

    private static InquiryFollowUp FollowUp(InquiryWorld world) =>
        new(world.Database.Factory, world.Settings, Options.Create(new FollowUpOptions { DefaultCoordinator = Team }), world.Clock);

    private static CallCommands Calls(InquiryWorld world) => new(world.Database.Factory, world.Settings, world.Clock);

    private static DateTimeOffset Local(int month, int day, int hour, int minute) => BoonaTime.AtLocal(new DateOnly(2026, month, day), new TimeOnly(hour, minute));

    [Theory, EveryProvider]
    public async Task An_unanswered_inquiry_gets_a_reminder_and_then_one_call_in_the_first_free_slot_of_its_phone_hours(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber", change: t => t.SetPhoneHours(Hours));
        var krause = await world.AddTherapistAsync("Krause", change: t => t.SetPhoneHours(Hours));
        var first = await world.SentInquiryAsync(weber, await world.AddSearchAsync("Eins"));
        var second = await world.SentInquiryAsync(krause, await world.AddSearchAsync("Zwei"));

        // Sent Thursday 26 November; eight days later (Friday) the reminders go out, the calls wait three more days.
        world.Clock.Advance(TimeSpan.FromDays(8));
        var reminded = await FollowUp(world).RunAsync(new JobProgress(), Token);
        var remindedAgain = await FollowUp(world).RunAsync(new JobProgress(), Token);
        world.Clock.Advance(TimeSpan.FromDays(3));
        var called = await FollowUp(world).RunAsync(new JobProgress(), Token);
        var calledAgain = await FollowUp(world).RunAsync(new JobProgress(), Token);

        Assert.Equal(new FollowUpOutcome(2, 0), reminded);
        Assert.Equal(new FollowUpOutcome(0, 0), remindedAgain);
        Assert.Equal(new FollowUpOutcome(0, 2), called);
        Assert.Equal(new FollowUpOutcome(0, 0), calledAgain);
        var reminders = await world.ReadAsync(c => c.EmailMessages.Where(m => m.Kind == EmailKind.Reminder).OrderBy(m => m.InquiryId).ToListAsync(Token));
        Assert.Equal([first, second], reminders.Select(m => m.InquiryId!.Value));
        Assert.Contains("P-", reminders[0].TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Eins", reminders[0].TextBody, StringComparison.Ordinal);

        // Monday 7 December 11:00 is the first slot; the same coordinator's second call goes five minutes later.
        var calls = await world.ReadAsync(c => c.PhoneCalls.Where(p => p.Purpose == PhoneCallPurpose.FollowUp).OrderBy(p => p.PlannedAt).ToListAsync(Token));
        Assert.Equal([Local(12, 7, 11, 0), Local(12, 7, 11, 5)], calls.Select(c => c.PlannedAt));
        Assert.All(calls, c => Assert.Equal(Team, c.CoordinatorId));
        Assert.Equal(calls.Single(c => c.InquiryId == first).Id, (await world.InquiryAsync(first)).FollowUpCallId);
    }

    [Theory, EveryProvider]
    public async Task The_reminder_comes_from_the_reminder_template_and_asks_only_about_the_patients_still_pending(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber");
        var answered = await world.AddSearchAsync("Eins");
        var waiting = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(weber, answered, waiting);
        await world.Answers.RecordAsync(new AnswerInput(id, answered.Id, Boona.Domain.Inquiries.InquiryOutcome.DeclinedNoCapacity), Token);

        world.Clock.Advance(TimeSpan.FromDays(8));
        await FollowUp(world).RunAsync(new JobProgress(), Token);

        var reminder = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.Reminder, Token));
        var templates = await world.ReadAsync(c => Boona.Infrastructure.Outreach.Templates.EmailTemplates.LoadAsync(c, Token));
        var patients = await world.ReadAsync(c => c.Patients.AsNoTracking().ToDictionaryAsync(p => p.Id, Token));
        var inquiry = await world.InquiryAsync(id);
        var expected = InquiryEmails.Reminder(templates, inquiry, weber, patients, BoonaTime.ToLocalDate(world.Clock.GetUtcNow()), Build.Today);
        Assert.Equal((expected.Subject, expected.TextBody, expected.HtmlBody), (reminder.Subject, reminder.TextBody, reminder.HtmlBody));
        Assert.Contains($"P-{waiting.PatientId:D5}", reminder.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"P-{answered.PatientId:D5}", reminder.TextBody + reminder.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("26.11.2026", reminder.TextBody, StringComparison.Ordinal);
        Assert.Equal((weber.Id, id), (reminder.TherapistId!.Value, reminder.InquiryId!.Value));
    }

    [Theory, EveryProvider]
    public async Task Without_a_reminder_the_call_is_planned_at_once_for_the_coordinator_who_built_the_inquiry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        await world.Settings.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["FollowUpReminder"] = 0 }), "admin", Token);
        var weber = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var created = await world.Inquiries.CreateAsync(new NewInquiry(weber.Id, [search.Id], CreatedBy: "anna@boona.test"), Token);
        await using (var context = database.CreateContext())
        {
            (await context.Inquiries.SingleAsync(i => i.Id == created.Value, Token)).MarkSent(world.Clock.GetUtcNow());
            await context.SaveChangesAsync(Token);
        }

        world.Clock.Advance(TimeSpan.FromDays(8));
        var outcome = await FollowUp(world).RunAsync(new JobProgress(), Token);

        // No phone hours: the next working day (Monday 7 December, after Friday the 4th) at 10:00.
        var call = await world.ReadAsync(c => c.PhoneCalls.SingleAsync(p => p.InquiryId == created.Value, Token));
        Assert.Equal(new FollowUpOutcome(0, 1), outcome);
        Assert.Equal(("anna@boona.test", Local(12, 7, 10, 0)), (call.CoordinatorId, call.PlannedAt));
        Assert.Empty(await world.ReadAsync(c => c.EmailMessages.Where(m => m.Kind == EmailKind.Reminder).ToListAsync(Token)));
    }

    [Theory, EveryProvider]
    public async Task A_call_not_reached_moves_to_the_next_window_and_after_the_last_try_the_inquiry_waits_for_a_decision(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        await world.Settings.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["FollowUpReminder"] = 0, ["CallAttemptsMax"] = 2 }), "admin", Token);
        var weber = await world.AddTherapistAsync("Weber", change: t => t.SetPhoneHours(Hours));
        var id = await world.SentInquiryAsync(weber, await world.AddSearchAsync("Eins"));
        world.Clock.Advance(TimeSpan.FromDays(11));
        await FollowUp(world).RunAsync(new JobProgress(), Token);
        var callId = (await world.InquiryAsync(id)).FollowUpCallId!.Value;

        world.Clock.SetUtcNow(Local(12, 7, 11, 2));
        var first = await Calls(world).NotReachedAsync(callId, Token);
        world.Clock.SetUtcNow(Local(12, 10, 9, 1));
        var second = await Calls(world).NotReachedAsync(callId, Token);
        var third = await Calls(world).NotReachedAsync(callId, Token);

        Assert.Equal(new CallMissed(Local(12, 10, 9, 0), false), first.Value);
        Assert.Equal(new CallMissed(null, true), second.Value);
        Assert.Equal("call.not-planned", third.FirstError?.Code);
        Assert.Equal(PhoneCallStatus.GaveUp, (await world.ReadAsync(c => c.PhoneCalls.SingleAsync(p => p.Id == callId, Token))).Status);
        Assert.True((await world.InquiryAsync(id)).NeedsDecision);
        var list = await new CallWorkList(database.Factory, world.Clock).ListAsync(CallDue.All, 0, 10, Token);
        Assert.Equal(id, Assert.Single(list.Decisions).InquiryId);
    }

    [Theory, EveryProvider]
    public async Task A_reached_call_without_an_answer_records_the_contact_and_starts_cooling_only_when_the_settings_say_so(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber");
        var krause = await world.AddTherapistAsync("Krause");
        var weberCall = PhoneCall.Plan(weber.Id, null, PhoneCallPurpose.FollowUp, world.Clock.GetUtcNow());
        var krauseCall = PhoneCall.Plan(krause.Id, null, PhoneCallPurpose.FollowUp, world.Clock.GetUtcNow());
        await world.AddAsync(weberCall);
        await world.AddAsync(krauseCall);

        var reached = await Calls(world).ReachedAsync(weberCall.Id, "Rückmeldung folgt", Token);
        await world.Settings.UpdateAsync(new SettingsChange(new Dictionary<string, int> { ["CoolingAfterReachedCall"] = 1 }), "admin", Token);
        await Calls(world).ReachedAsync(krauseCall.Id, null, Token);

        Assert.True(reached.IsSuccess);
        var (weberAfter, krauseAfter) = (await world.TherapistAsync(weber.Id), await world.TherapistAsync(krause.Id));
        Assert.Equal(world.Clock.GetUtcNow(), weberAfter.LastPhoneContactAt);
        Assert.Null(weberAfter.NextContactAllowedOn);
        Assert.Equal(Build.Today.AddDays(28), krauseAfter.NextContactAllowedOn);
    }

    [Theory, EveryProvider]
    public async Task A_call_back_goes_to_the_time_the_practice_named_and_never_into_the_past(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber");
        var call = PhoneCall.Plan(weber.Id, null, PhoneCallPurpose.FollowUp, world.Clock.GetUtcNow());
        await world.AddAsync(call);

        var past = await Calls(world).CallBackAsync(call.Id, new CallBackInput(Build.Today.AddDays(-1), new TimeOnly(9, 0)), Token);
        var named = await Calls(world).CallBackAsync(call.Id, new CallBackInput(Build.Today.AddDays(1), new TimeOnly(13, 30), "Frau Weber ab 13 Uhr"), Token);

        Assert.Equal(("call.callback.past", "Time"), (past.FirstError?.Code, past.FirstError?.Field));
        Assert.True(named.IsSuccess);
        var after = await world.ReadAsync(c => c.PhoneCalls.SingleAsync(p => p.Id == call.Id, Token));
        Assert.Equal((PhoneCallStatus.Planned, BoonaTime.AtLocal(Build.Today.AddDays(1), new TimeOnly(13, 30)), "Frau Weber ab 13 Uhr"), (after.Status, after.PlannedAt, after.Note));
    }
}
