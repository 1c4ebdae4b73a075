using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>Every outcome's effect on search, patient, therapist and inquiry, on both providers.</summary>
public sealed class AnswerCommandsTests
{
    [Theory, EveryProvider]
    public async Task Any_answer_starts_the_cooling_period_from_the_answered_day_and_derives_the_answer_type(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var first = await world.AddSearchAsync("Eins");
        var second = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, first, second);
        world.Clock.Advance(TimeSpan.FromDays(3));

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, first.Id, InquiryOutcome.DeclinedNoCapacity), Token);

        Assert.Equal(AnswerEffect.Recorded, answered.Value);
        Assert.Equal(Build.Today.AddDays(3 + 28), (await world.TherapistAsync(therapist.Id)).NextContactAllowedOn);
        var inquiry = await world.InquiryAsync(id);
        Assert.Equal((AnswerType.FullRejection, Build.Now.AddDays(3)), (inquiry.AnswerType, inquiry.AnsweredAt!.Value));
        Assert.Equal(SearchStatus.Active, (await world.SearchAsync(first.Id)).Status);

        await world.Answers.RecordAsync(new AnswerInput(id, second.Id, InquiryOutcome.Accepted), Token);

        Assert.Equal(AnswerType.PartialAcceptance, (await world.InquiryAsync(id)).AnswerType);
    }

    [Theory, EveryProvider]
    public async Task An_answer_recorded_later_counts_cooling_and_placement_from_the_day_the_therapist_answered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        world.Clock.Advance(TimeSpan.FromDays(5));
        var answeredOn = Build.Today.AddDays(2);

        var future = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted, AnsweredOn: Build.Today.AddDays(6)), Token);
        var beforeSent = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted, AnsweredOn: Build.Today.AddDays(-1)), Token);
        Assert.Equal(("inquiry.answer.future", "AnsweredOn"), (future.FirstError!.Code, future.FirstError.Field));
        Assert.Equal(("inquiry.answer.before-sent", "AnsweredOn"), (beforeSent.FirstError!.Code, beforeSent.FirstError.Field));
        Assert.Equal(InquiryOutcome.Pending, (await world.InquiryAsync(id)).PatientFor(search.Id).Outcome);

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted, AnsweredOn: answeredOn), Token);

        Assert.Equal(AnswerEffect.Placed, answered.Value);
        Assert.Equal(answeredOn.AddDays(28), (await world.TherapistAsync(therapist.Id)).NextContactAllowedOn);
        Assert.Equal(answeredOn, (await world.SearchAsync(search.Id)).PlacedOn);
        var inquiry = await world.InquiryAsync(id);
        Assert.Equal(answeredOn, Boona.Infrastructure.Common.BoonaTime.ToLocalDate(inquiry.AnsweredAt!.Value));
        Assert.Equal(answeredOn, Boona.Infrastructure.Common.BoonaTime.ToLocalDate(inquiry.PatientFor(search.Id).AnsweredAt!.Value));
    }

    [Theory, EveryProvider]
    public async Task Not_suitable_from_a_therapist_excluded_meanwhile_is_recorded_and_the_exclusion_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await using (var context = database.CreateContext())
        {
            var tracked = await context.Searches.SingleAsync(s => s.Id == search.Id, Token);
            Assert.True(tracked.Exclude(therapist.Id, "Von Hand ausgeschlossen", Build.Now).IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.DeclinedNotSuitable), Token);

        Assert.True(answered.IsSuccess, answered.FirstError?.Message);
        Assert.Equal(InquiryOutcome.DeclinedNotSuitable, (await world.InquiryAsync(id)).PatientFor(search.Id).Outcome);
        Assert.Equal("Von Hand ausgeschlossen", Assert.Single((await world.SearchAsync(search.Id)).Exclusions).Reason);
    }

    [Theory, EveryProvider]
    public async Task Not_suitable_puts_the_therapist_on_the_searchs_exclusion_list(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.DeclinedNotSuitable), Token);

        Assert.Equal(AnswerEffect.Excluded, answered.Value);
        var stored = await world.SearchAsync(search.Id);
        Assert.True(stored.Excludes(therapist.Id));
        Assert.Equal(SearchStatus.Active, stored.Status);
    }

    [Theory, EveryProvider]
    public async Task Declined_other_keeps_the_reason_and_excludes_only_when_the_coordinator_decides_so(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var kept = await world.AddSearchAsync("Eins");
        var excluded = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, kept, excluded);

        var withoutReason = await world.Answers.RecordAsync(new AnswerInput(id, kept.Id, InquiryOutcome.DeclinedOther, " "), Token);
        await world.Answers.RecordAsync(new AnswerInput(id, kept.Id, InquiryOutcome.DeclinedOther, "Nur Privatpatient:innen"), Token);
        var exclusion = await world.Answers.RecordAsync(new AnswerInput(id, excluded.Id, InquiryOutcome.DeclinedOther, "Kein Deutsch", ExcludeTherapist: true), Token);

        Assert.Equal(("inquiry.outcome.reason", "Reason"), (withoutReason.FirstError!.Code, withoutReason.FirstError.Field));
        Assert.Equal("Nur Privatpatient:innen", (await world.InquiryAsync(id)).PatientFor(kept.Id).Reason);
        Assert.False((await world.SearchAsync(kept.Id)).Excludes(therapist.Id));
        Assert.Equal(AnswerEffect.Excluded, exclusion.Value);
        Assert.Equal("Kein Deutsch", (await world.SearchAsync(excluded.Id)).Exclusions.Single().Reason);
    }

    [Theory, EveryProvider]
    public async Task The_first_acceptance_places_the_patient_and_withdraws_them_from_every_other_open_inquiry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var placing = await world.AddTherapistAsync("Adler");
        var sentOther = await world.AddTherapistAsync("Berg");
        var unsentEmail = await world.AddTherapistAsync("Cramer");
        var unsentPhone = await world.AddTherapistAsync("Dorn", phoneOnly: true);
        var patient = await world.AddSearchAsync("Gesucht");
        var companion = await world.AddSearchAsync("Begleitung");
        var accepted = await world.SentInquiryAsync(placing, patient);
        var sent = await world.SentInquiryAsync(sentOther, patient, companion);
        var shrinking = (await world.Inquiries.CreateAsync(new NewInquiry(unsentEmail.Id, [patient.Id, companion.Id]), Token)).Value;
        var emptied = (await world.Inquiries.CreateAsync(new NewInquiry(unsentPhone.Id, [patient.Id]), Token)).Value;

        var answered = await world.Answers.RecordAsync(new AnswerInput(accepted, patient.Id, InquiryOutcome.Accepted), Token);

        Assert.Equal(AnswerEffect.Placed, answered.Value);
        var search = await world.SearchAsync(patient.Id);
        Assert.Equal((SearchStatus.Placed, placing.Id, Build.Today), (search.Status, search.PlacedTherapistId!.Value, search.PlacedOn!.Value));
        Assert.Equal(Build.Today, (await world.ReadAsync(c => c.Patients.SingleAsync(p => p.Id == patient.PatientId, Token))).FirstPlaceOn);

        var sentEntry = (await world.InquiryAsync(sent)).PatientFor(patient.Id);
        Assert.Equal((InquiryOutcome.Withdrawn, true), (sentEntry.Outcome, sentEntry.WithdrawalNoticePending));

        var shrunk = await world.InquiryAsync(shrinking);
        Assert.Equal(InquiryStatus.Unsent, shrunk.Status);
        Assert.Equal([companion.Id], shrunk.ActivePatients.Select(p => p.SearchId));
        var emails = await world.ReadAsync(c => c.EmailMessages.Where(m => m.InquiryId == shrinking).OrderBy(m => m.Id).ToListAsync(Token));
        Assert.Equal([EmailStatus.Cancelled, EmailStatus.Queued], emails.Select(m => m.Status));
        Assert.DoesNotContain($"P-{patient.PatientId:D5}", emails[1].TextBody, StringComparison.Ordinal);
        Assert.Contains($"P-{companion.PatientId:D5}", emails[1].TextBody, StringComparison.Ordinal);

        Assert.Equal(InquiryStatus.Cancelled, (await world.InquiryAsync(emptied)).Status);
        Assert.Equal(PhoneCallStatus.Cancelled, (await world.ReadAsync(c => c.PhoneCalls.SingleAsync(p => p.InquiryId == emptied, Token))).Status);
    }

    [Theory, EveryProvider]
    public async Task A_later_acceptance_is_a_conflict_thanked_for_listed_and_answered_with_other_suitable_patients(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var (first, late, patient, lateInquiry) = await PlacedWithAdlerWhileBergWasAskedAsync(world);
        var other = await world.AddSearchAsync("Andere");
        var emptied = await world.InquiryAsync(lateInquiry);
        Assert.Equal((InquiryStatus.Cancelled, true), (emptied.Status, emptied.PatientFor(patient.Id).WithdrawalNoticePending));
        Assert.DoesNotContain(lateInquiry, (await world.Queries.ListAsync(new InquiryListQuery(InquiryListState.AwaitingAnswer), Token)).Items.Select(r => r.Id));

        var answered = await world.Answers.RecordAsync(new AnswerInput(lateInquiry, patient.Id, InquiryOutcome.Accepted), Token);

        Assert.Equal(AnswerEffect.Conflict, answered.Value);
        Assert.True((await world.InquiryAsync(lateInquiry)).PatientFor(patient.Id).IsConflict);
        Assert.Equal(first.Id, (await world.SearchAsync(patient.Id)).PlacedTherapistId);
        var thanks = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.ConflictThankYou, Token));
        Assert.Equal(("berg@praxis.de", lateInquiry), (thanks.ToAddress.Value, thanks.InquiryId!.Value));
        var conflict = (await world.Conflicts.ListAsync(openOnly: true, 0, 20, Token)).Items.Single();
        Assert.Equal((late.Id, patient.Id, "Dr. Anna Berg"), (conflict.TherapistId, conflict.SearchId, conflict.TherapistName));

        var (_, proposals) = (await world.Matching.PreviewAsync(late.Id, Token)).Value;
        Assert.Equal([other.Id], proposals.Bundle.Select(c => c.Search.SearchId));
        world.Clock.Advance(TimeSpan.FromMinutes(5));
        var refused = await world.Inquiries.CreateAsync(new NewInquiry(late.Id, [other.Id]), Token);
        var offered = await world.Inquiries.CreateAsync(new NewInquiry(late.Id, [other.Id], AfterConflict: true), Token);

        Assert.Equal("inquiry.therapist.not-contactable", refused.FirstError!.Code);
        Assert.True(offered.IsSuccess);
        Assert.Empty((await world.Conflicts.ListAsync(openOnly: true, 0, 20, Token)).Items);
        Assert.Single((await world.Conflicts.ListAsync(openOnly: false, 0, 20, Token)).Items);
    }

    [Theory, EveryProvider]
    public async Task A_conflict_does_not_open_a_blocked_therapist_for_a_new_inquiry(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var (_, late, patient, lateInquiry) = await PlacedWithAdlerWhileBergWasAskedAsync(world);
        await world.Answers.RecordAsync(new AnswerInput(lateInquiry, patient.Id, InquiryOutcome.Accepted), Token);
        var other = await world.AddSearchAsync("Andere");
        await using (var context = database.CreateContext())
        {
            (await context.Therapists.SingleAsync(t => t.Id == late.Id, Token)).Block("Beschwerde", null, Build.Stamp());
            await context.SaveChangesAsync(Token);
        }

        var offered = await world.Inquiries.CreateAsync(new NewInquiry(late.Id, [other.Id], AfterConflict: true), Token);

        Assert.Equal("inquiry.therapist.not-contactable", offered.FirstError!.Code);
        Assert.Single((await world.Conflicts.ListAsync(openOnly: true, 0, 20, Token)).Items);
    }

    [Theory, EveryProvider]
    public async Task An_acceptance_for_a_paused_or_cancelled_search_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Adler");
        var paused = await world.AddSearchAsync("Pausiert");
        var cancelled = await world.AddSearchAsync("Abgebrochen");
        var inquiry = await world.SentInquiryAsync(therapist, paused, cancelled);
        await using (var context = database.CreateContext())
        {
            (await context.Searches.SingleAsync(s => s.Id == paused.Id, Token)).Pause(null, "Urlaub", Build.Today, Build.Now, null);
            (await context.Searches.SingleAsync(s => s.Id == cancelled.Id, Token)).Cancel("Hat selbst einen Platz gefunden", Build.Now, null);
            await context.SaveChangesAsync(Token);
        }

        var onPaused = await world.Answers.RecordAsync(new AnswerInput(inquiry, paused.Id, InquiryOutcome.Accepted), Token);
        var onCancelled = await world.Answers.RecordAsync(new AnswerInput(inquiry, cancelled.Id, InquiryOutcome.Accepted), Token);

        Assert.Equal(("inquiry.accept.search-paused", "Outcome"), (onPaused.FirstError!.Code, onPaused.FirstError.Field));
        Assert.Equal("inquiry.accept.search-cancelled", onCancelled.FirstError!.Code);
        var unchanged = await world.InquiryAsync(inquiry);
        Assert.All(unchanged.Patients, p => Assert.Equal((InquiryOutcome.Pending, false), (p.Outcome, p.IsConflict)));
        Assert.Equal(SearchStatus.Paused, (await world.SearchAsync(paused.Id)).Status);
        Assert.False(await world.ReadAsync(c => c.EmailMessages.AnyAsync(m => m.Kind == EmailKind.ConflictThankYou, Token)));
    }

    [Theory, EveryProvider]
    public async Task A_no_show_puts_the_search_back_to_active_and_notes_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.NoShow), Token);

        Assert.Equal(AnswerEffect.BackToActive, answered.Value);
        var stored = await world.SearchAsync(search.Id);
        Assert.Equal((SearchStatus.Active, (int?)null, false), (stored.Status, stored.PlacedTherapistId, stored.Excludes(therapist.Id)));
        Assert.Contains(stored.Events, e => e.Kind == SearchEventKind.NoShow && e.TherapistId == therapist.Id);
        Assert.Equal(InquiryOutcome.NoShow, (await world.InquiryAsync(id)).PatientFor(search.Id).Outcome);
    }

    [Theory, EveryProvider]
    public async Task In_sessions_changes_nothing_else_and_success_then_puts_the_patient_in_therapy(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);
        world.Clock.Advance(TimeSpan.FromDays(14));

        var sessions = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.InSessions), Token);
        var success = await world.Placements.ConfirmSuccessAsync(search.Id, Token);

        Assert.Equal(AnswerEffect.Recorded, sessions.Value);
        Assert.True(success.IsSuccess);
        var stored = await world.SearchAsync(search.Id);
        Assert.Equal((SearchStatus.Successful, Build.Today, Build.Today.AddDays(14)), (stored.Status, stored.PlacedOn!.Value, stored.SuccessfulOn!.Value));
        var patient = await world.ReadAsync(c => c.Patients.SingleAsync(p => p.Id == search.PatientId, Token));
        Assert.Equal((PatientStatus.InTherapy, Build.Today, Build.Today.AddDays(14)), (patient.Status, patient.FirstPlaceOn!.Value, patient.WorkingPlaceOn!.Value));
        Assert.Equal("search.transition", (await world.Placements.ConfirmSuccessAsync(search.Id, Token)).FirstError!.Code);
    }

    [Theory, EveryProvider]
    public async Task A_failed_trial_excludes_the_therapist_and_the_search_runs_again(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);

        var withoutReason = await world.Placements.FailTrialAsync(search.Id, new TrialFailureInput { Reason = "" }, Token);
        var failed = await world.Placements.FailTrialAsync(search.Id, new TrialFailureInput { Reason = "Chemie stimmte nicht" }, Token);

        Assert.Equal(("search.trial.reason", "Reason"), (withoutReason.FirstError!.Code, withoutReason.FirstError.Field));
        Assert.True(failed.IsSuccess);
        var stored = await world.SearchAsync(search.Id);
        Assert.Equal((SearchStatus.Active, true), (stored.Status, stored.Excludes(therapist.Id)));
    }

    [Theory, EveryProvider]
    public async Task An_answer_by_phone_shows_the_call_was_made_while_an_email_still_in_the_outbox_cannot_be_answered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var byPhone = await world.AddTherapistAsync("Weber", phoneOnly: true);
        var byEmail = await world.AddTherapistAsync("Zorn");
        var first = await world.AddSearchAsync("Eins");
        var second = await world.AddSearchAsync("Zwei");
        var called = (await world.Inquiries.CreateAsync(new NewInquiry(byPhone.Id, [first.Id]), Token)).Value;
        var queued = (await world.Inquiries.CreateAsync(new NewInquiry(byEmail.Id, [second.Id]), Token)).Value;

        var byCall = await world.Answers.RecordAsync(new AnswerInput(called, first.Id, InquiryOutcome.DeclinedNoCapacity), Token);
        var tooEarly = await world.Answers.RecordAsync(new AnswerInput(queued, second.Id, InquiryOutcome.DeclinedNoCapacity), Token);

        Assert.True(byCall.IsSuccess);
        Assert.Equal((InquiryStatus.Sent, Build.Now), ((await world.InquiryAsync(called)).Status, (await world.InquiryAsync(called)).SentAt!.Value));
        Assert.Equal(PhoneCallStatus.Reached, (await world.ReadAsync(c => c.PhoneCalls.SingleAsync(Token))).Status);
        Assert.Equal("inquiry.answer.unsent", tooEarly.FirstError!.Code);
        Assert.Null((await world.TherapistAsync(byEmail.Id)).NextContactAllowedOn);
    }

    [Theory, EveryProvider]
    public async Task Invalid_answers_name_the_field_and_change_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);

        var pending = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Pending), Token);
        var stranger = await world.Answers.RecordAsync(new AnswerInput(id, 999_999, InquiryOutcome.Accepted), Token);
        var noInquiry = await world.Answers.RecordAsync(new AnswerInput(999_999, search.Id, InquiryOutcome.Accepted), Token);
        var jump = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.InSessions), Token);

        Assert.Equal(("inquiry.outcome.invalid", "Outcome"), (pending.FirstError!.Code, pending.FirstError.Field));
        Assert.Equal(("inquiry.patient.unknown", "SearchId"), (stranger.FirstError!.Code, stranger.FirstError.Field));
        Assert.Equal(("inquiry.not-found", "InquiryId"), (noInquiry.FirstError!.Code, noInquiry.FirstError.Field));
        Assert.Equal(("inquiry.outcome.transition", "Outcome"), (jump.FirstError!.Code, jump.FirstError.Field));
        var inquiry = await world.InquiryAsync(id);
        Assert.Equal((AnswerType.NoAnswerYet, InquiryOutcome.Pending), (inquiry.AnswerType, inquiry.PatientFor(search.Id).Outcome));
        Assert.Null((await world.TherapistAsync(therapist.Id)).NextContactAllowedOn);
    }

    /// <summary>Adler and Berg were both asked about one patient; Adler's acceptance placed them, Berg has not answered yet.</summary>
    private static async Task<(Boona.Domain.Therapists.Therapist First, Boona.Domain.Therapists.Therapist Late, PlacementSearch Patient, int LateInquiry)> PlacedWithAdlerWhileBergWasAskedAsync(InquiryWorld world)
    {
        var first = await world.AddTherapistAsync("Adler");
        var late = await world.AddTherapistAsync("Berg");
        var patient = await world.AddSearchAsync("Gesucht");
        var firstInquiry = await world.SentInquiryAsync(first, patient);
        var lateInquiry = await world.SentInquiryAsync(late, patient);
        Assert.True((await world.Answers.RecordAsync(new AnswerInput(firstInquiry, patient.Id, InquiryOutcome.Accepted), Token)).IsSuccess);
        return (first, late, patient, lateInquiry);
    }
}
