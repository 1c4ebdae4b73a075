using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// A recorded answer corrected with a reason that is kept: the old answer's effects undone where nothing built on them
/// (an exclusion lifted, a placement taken back with the withdrawn patient returned), refused with its own code where
/// something did — and nothing written then. On both providers.
/// </summary>
public sealed class AnswerCorrectionTests
{
    private const string Coordinator = "koordination@boona.de";

    [Theory, EveryProvider]
    public async Task Correcting_not_suitable_lifts_the_exclusion_the_answer_added_and_keeps_who_changed_what_and_why(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.DeclinedNotSuitable), Token);
        Assert.True((await world.SearchAsync(search.Id)).Excludes(therapist.Id));
        world.Clock.Advance(TimeSpan.FromHours(2));

        var corrected = await world.Answers.CorrectAsync(id, Correction(search, InquiryOutcome.DeclinedNoCapacity, "Falsche Zeile angeklickt"), Coordinator, Token);

        Assert.True(corrected.IsSuccess, corrected.FirstError?.Message);
        Assert.Equal((InquiryOutcome.DeclinedNotSuitable, InquiryOutcome.DeclinedNoCapacity), (corrected.Value.From, corrected.Value.To));
        Assert.Equal([CorrectionEffect.ExclusionLifted], corrected.Value.Effects);
        var stored = await world.SearchAsync(search.Id);
        Assert.False(stored.Excludes(therapist.Id));
        var lifted = stored.Events.Single(e => e.Kind == SearchEventKind.ExclusionLifted);
        Assert.Equal(("Falsche Zeile angeklickt", therapist.Id, Coordinator), (lifted.Text, lifted.TherapistId!.Value, lifted.By));
        var inquiry = await world.InquiryAsync(id);
        Assert.Equal((InquiryOutcome.DeclinedNoCapacity, false), (inquiry.PatientFor(search.Id).Outcome, inquiry.PatientFor(search.Id).ExcludedTherapist));
        var correction = Assert.Single(inquiry.Corrections);
        Assert.Equal(
            (search.Id, InquiryOutcome.DeclinedNotSuitable, InquiryOutcome.DeclinedNoCapacity, "Falsche Zeile angeklickt", Build.Now.AddHours(2), Coordinator),
            (correction.SearchId, correction.From, correction.To, correction.Reason, correction.At, correction.By));

        var details = await world.Searches.GetAsync(search.Id, Token);
        var entry = details!.Timeline.Single(t => t.Kind == Boona.Infrastructure.Searches.TimelineKind.AnswerCorrected);
        Assert.Equal((InquiryOutcome.DeclinedNotSuitable, InquiryOutcome.DeclinedNoCapacity, "Falsche Zeile angeklickt", Coordinator, id),
            (entry.PreviousOutcome!.Value, entry.Outcome!.Value, entry.Text, entry.By, entry.InquiryId!.Value));
        var row = (await world.Queries.GetAsync(id, Token))!.Corrections.Single();
        Assert.Equal((InquiryOutcome.DeclinedNotSuitable, InquiryOutcome.DeclinedNoCapacity, Coordinator), (row.From, row.To, row.By));
    }

    [Theory, EveryProvider]
    public async Task Correcting_not_suitable_keeps_an_exclusion_made_by_hand_before_the_answer(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        await using (var context = database.CreateContext())
        {
            Assert.True((await context.Searches.SingleAsync(s => s.Id == search.Id, Token)).Exclude(therapist.Id, "Von Hand", Build.Now, Coordinator).IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.DeclinedNotSuitable), Token);
        var corrected = await world.Answers.CorrectAsync(id, Correction(search, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);

        Assert.True(corrected.IsSuccess, corrected.FirstError?.Message);
        Assert.Empty(corrected.Value.Effects);
        Assert.Equal("Von Hand", Assert.Single((await world.SearchAsync(search.Id)).Exclusions).Reason);
    }

    [Theory, EveryProvider]
    public async Task Correcting_an_acceptance_takes_the_placement_back_and_the_patient_returns_to_the_inquiries_it_withdrew_them_from(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var placing = await world.AddTherapistAsync("Adler");
        var unsentTherapist = await world.AddTherapistAsync("Cramer");
        var sentTherapist = await world.AddTherapistAsync("Dorn");
        var patient = await world.AddSearchAsync("Gesucht");
        var companion = await world.AddSearchAsync("Begleitung");
        var accepted = await world.SentInquiryAsync(placing, patient);
        var unsent = (await world.Inquiries.CreateAsync(new NewInquiry(unsentTherapist.Id, [patient.Id, companion.Id]), Token)).Value;
        var sent = await world.SentInquiryAsync(sentTherapist, patient, companion);
        Assert.Equal(AnswerEffect.Placed, (await world.Answers.RecordAsync(new AnswerInput(accepted, patient.Id, InquiryOutcome.Accepted), Token)).Value);
        Assert.Equal(InquiryOutcome.Withdrawn, (await world.InquiryAsync(unsent)).PatientFor(patient.Id).Outcome);
        world.Clock.Advance(TimeSpan.FromHours(1));

        var corrected = await world.Answers.CorrectAsync(accepted, Correction(patient, InquiryOutcome.DeclinedNoCapacity, "Zusage galt einer anderen Person"), Coordinator, Token);

        Assert.True(corrected.IsSuccess, corrected.FirstError?.Message);
        Assert.Equal([CorrectionEffect.PlacementReverted, CorrectionEffect.ReturnedToInquiries], corrected.Value.Effects);
        var search = await world.SearchAsync(patient.Id);
        Assert.Equal((SearchStatus.Active, (int?)null, (DateOnly?)null), (search.Status, search.PlacedTherapistId, search.PlacedOn));
        var reverted = search.Events.Single(e => e.Kind == SearchEventKind.PlacementReverted);
        Assert.Equal(("Zusage galt einer anderen Person", placing.Id, Coordinator), (reverted.Text, reverted.TherapistId!.Value, reverted.By));
        var person = await world.ReadAsync(c => c.Patients.SingleAsync(p => p.Id == patient.PatientId, Token));
        Assert.Equal((PatientStatus.Searching, (DateOnly?)null), (person.Status, person.FirstPlaceOn));

        var backUnsent = await world.InquiryAsync(unsent);
        Assert.Equal((InquiryStatus.Unsent, InquiryOutcome.Pending), (backUnsent.Status, backUnsent.PatientFor(patient.Id).Outcome));
        var emails = await world.ReadAsync(c => c.EmailMessages.Where(m => m.InquiryId == unsent).OrderBy(m => m.Id).ToListAsync(Token));
        Assert.Equal([EmailStatus.Cancelled, EmailStatus.Cancelled, EmailStatus.Queued], emails.Select(m => m.Status));
        Assert.Contains($"P-{patient.PatientId:D5}", emails[^1].TextBody, StringComparison.Ordinal);
        var backSent = (await world.InquiryAsync(sent)).PatientFor(patient.Id);
        Assert.Equal((InquiryOutcome.Pending, false, (DateTimeOffset?)null), (backSent.Outcome, backSent.WithdrawalNoticePending, backSent.WithdrawnAt));
        Assert.Equal(AnswerType.FullRejection, (await world.InquiryAsync(accepted)).AnswerType);
    }

    [Theory, EveryProvider]
    public async Task Correcting_an_acceptance_is_refused_when_an_unsent_inquiry_it_emptied_is_gone_and_nothing_is_written(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var placing = await world.AddTherapistAsync("Adler");
        var phoneOnly = await world.AddTherapistAsync("Dorn", phoneOnly: true);
        var patient = await world.AddSearchAsync("Gesucht");
        var accepted = await world.SentInquiryAsync(placing, patient);
        var emptied = (await world.Inquiries.CreateAsync(new NewInquiry(phoneOnly.Id, [patient.Id]), Token)).Value;
        await world.Answers.RecordAsync(new AnswerInput(accepted, patient.Id, InquiryOutcome.Accepted), Token);
        Assert.Equal(InquiryStatus.Cancelled, (await world.InquiryAsync(emptied)).Status);

        var refused = await world.Answers.CorrectAsync(accepted, Correction(patient, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);

        Assert.Equal(("inquiry.correction.inquiry-cancelled", Boona.Domain.Common.ErrorKind.Conflict), (refused.FirstError!.Code, refused.FirstError.Kind));
        await AssertStillPlacedAsync(world, accepted, patient, placing);
    }

    [Theory, EveryProvider]
    public async Task Correcting_an_acceptance_is_refused_when_an_inquiry_it_shrank_went_out_without_the_patient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var placing = await world.AddTherapistAsync("Adler");
        var other = await world.AddTherapistAsync("Cramer");
        var patient = await world.AddSearchAsync("Gesucht");
        var companion = await world.AddSearchAsync("Begleitung");
        var accepted = await world.SentInquiryAsync(placing, patient);
        var shrunk = (await world.Inquiries.CreateAsync(new NewInquiry(other.Id, [patient.Id, companion.Id]), Token)).Value;
        await world.Answers.RecordAsync(new AnswerInput(accepted, patient.Id, InquiryOutcome.Accepted), Token);
        await using (var context = database.CreateContext())
        {
            (await context.Inquiries.SingleAsync(i => i.Id == shrunk, Token)).MarkSent(world.Clock.GetUtcNow());
            await context.SaveChangesAsync(Token);
        }

        var refused = await world.Answers.CorrectAsync(accepted, Correction(patient, InquiryOutcome.DeclinedOther, answerReason: "Nur Privatpatient:innen"), Coordinator, Token);

        Assert.Equal("inquiry.correction.inquiry-sent", refused.FirstError!.Code);
        await AssertStillPlacedAsync(world, accepted, patient, placing);
    }

    [Theory, EveryProvider]
    public async Task Correcting_an_acceptance_is_refused_once_trial_sessions_a_failed_trial_or_a_success_were_recorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Adler");
        var inSessions = await world.AddSearchAsync("Sitzungen");
        var failed = await world.AddSearchAsync("Abgebrochen");
        var succeeded = await world.AddSearchAsync("Erfolgreich");
        var id = await world.SentInquiryAsync(therapist, inSessions, failed, succeeded);
        foreach (var search in new[] { inSessions, failed, succeeded })
        {
            Assert.Equal(AnswerEffect.Placed, (await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token)).Value);
        }

        await world.Answers.RecordAsync(new AnswerInput(id, inSessions.Id, InquiryOutcome.InSessions), Token);
        Assert.True((await world.Placements.FailTrialAsync(failed.Id, new TrialFailureInput { Reason = "Passte nicht" }, Token)).IsSuccess);
        Assert.True((await world.Placements.ConfirmSuccessAsync(succeeded.Id, Token)).IsSuccess);

        var afterSessions = await world.Answers.CorrectAsync(id, Correction(inSessions, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);
        var afterFailure = await world.Answers.CorrectAsync(id, Correction(failed, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);
        var afterSuccess = await world.Answers.CorrectAsync(id, Correction(succeeded, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);

        Assert.Equal(["inquiry.correction.later-steps", "search.revert.moved-on", "search.revert.successful"], new[] { afterSessions, afterFailure, afterSuccess }.Select(r => r.FirstError!.Code));
        Assert.All(new[] { afterSessions, afterFailure, afterSuccess }, r => Assert.Equal(Boona.Domain.Common.ErrorKind.Conflict, r.FirstError!.Kind));
        var inquiry = await world.InquiryAsync(id);
        Assert.Empty(inquiry.Corrections);
        Assert.Equal([InquiryOutcome.InSessions, InquiryOutcome.Accepted, InquiryOutcome.Accepted], inquiry.Patients.OrderBy(p => p.Position).Select(p => p.Outcome));
        Assert.Equal(SearchStatus.Successful, (await world.SearchAsync(succeeded.Id)).Status);
    }

    [Theory, EveryProvider]
    public async Task The_same_answer_no_answer_a_missing_reason_an_unanswered_patient_and_a_stale_version_are_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var answered = await world.AddSearchAsync("Eins");
        var open = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, answered, open);
        await world.Answers.RecordAsync(new AnswerInput(id, answered.Id, InquiryOutcome.DeclinedNoCapacity), Token);
        var version = (await world.InquiryAsync(id)).Version;

        var same = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.DeclinedNoCapacity), Coordinator, Token);
        var toPending = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.Pending), Coordinator, Token);
        var toSessions = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.InSessions), Coordinator, Token);
        var noReason = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.DeclinedNotSuitable, reason: " \u200B "), Coordinator, Token);
        var otherWithoutWords = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.DeclinedOther), Coordinator, Token);
        var unanswered = await world.Answers.CorrectAsync(id, Correction(open, InquiryOutcome.Accepted), Coordinator, Token);
        var stale = await world.Answers.CorrectAsync(id, Correction(answered, InquiryOutcome.DeclinedNotSuitable, version: version - 1), Coordinator, Token);
        var unknown = await world.Answers.CorrectAsync(999_999, Correction(answered, InquiryOutcome.DeclinedNotSuitable), Coordinator, Token);

        Assert.Equal(("inquiry.correction.same", Boona.Domain.Common.ErrorKind.Conflict), (same.FirstError!.Code, same.FirstError.Kind));
        Assert.Equal(("inquiry.correction.target", "Outcome", Boona.Domain.Common.ErrorKind.Invalid), (toPending.FirstError!.Code, toPending.FirstError.Field, toPending.FirstError.Kind));
        Assert.Equal("inquiry.correction.target", toSessions.FirstError!.Code);
        Assert.Equal(("inquiry.correction.reason", "Reason"), (noReason.FirstError!.Code, noReason.FirstError.Field));
        Assert.Equal(("inquiry.outcome.reason", "AnswerReason"), (otherWithoutWords.FirstError!.Code, otherWithoutWords.FirstError.Field));
        Assert.Equal(("inquiry.correction.not-answered", Boona.Domain.Common.ErrorKind.Conflict), (unanswered.FirstError!.Code, unanswered.FirstError.Kind));
        Assert.Equal(Boona.Domain.Common.Error.ConcurrencyCode, stale.FirstError!.Code);
        Assert.Equal(Boona.Domain.Common.ErrorKind.NotFound, unknown.FirstError!.Kind);
        var inquiry = await world.InquiryAsync(id);
        Assert.Equal((version, 0), (inquiry.Version, inquiry.Corrections.Count));
        Assert.False((await world.SearchAsync(answered.Id)).Excludes(therapist.Id));
    }

    [Theory, EveryProvider]
    public async Task Correcting_a_decline_to_an_acceptance_lifts_its_exclusion_and_places_the_patient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var other = await world.AddTherapistAsync("Berg");
        var search = await world.AddSearchAsync("Eins");
        var id = await world.SentInquiryAsync(therapist, search);
        var elsewhere = await world.SentInquiryAsync(other, search);
        await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.DeclinedNotSuitable), Token);

        var corrected = await world.Answers.CorrectAsync(id, Correction(search, InquiryOutcome.Accepted, "Zusage am Telefon falsch verstanden"), Coordinator, Token);

        Assert.Equal([CorrectionEffect.ExclusionLifted, CorrectionEffect.Placed], corrected.Value.Effects);
        var stored = await world.SearchAsync(search.Id);
        Assert.Equal((SearchStatus.Placed, therapist.Id, false), (stored.Status, stored.PlacedTherapistId!.Value, stored.Excludes(therapist.Id)));
        Assert.Equal(InquiryOutcome.Withdrawn, (await world.InquiryAsync(elsewhere)).PatientFor(search.Id).Outcome);
    }

    private static AnswerCorrectionInput Correction(
        PlacementSearch search, InquiryOutcome outcome, string? reason = "Falsch erfasst", string? answerReason = null, int? version = null) =>
        new() { SearchId = search.Id, Outcome = outcome, Reason = reason, AnswerReason = answerReason, Version = version };

    private static async Task AssertStillPlacedAsync(InquiryWorld world, int inquiryId, PlacementSearch patient, Therapist placing)
    {
        var search = await world.SearchAsync(patient.Id);
        Assert.Equal((SearchStatus.Placed, placing.Id), (search.Status, search.PlacedTherapistId!.Value));
        Assert.DoesNotContain(search.Events, e => e.Kind == SearchEventKind.PlacementReverted);
        var inquiry = await world.InquiryAsync(inquiryId);
        Assert.Equal((InquiryOutcome.Accepted, 0), (inquiry.PatientFor(patient.Id).Outcome, inquiry.Corrections.Count));
        Assert.NotNull((await world.ReadAsync(c => c.Patients.SingleAsync(p => p.Id == patient.PatientId, Token))).FirstPlaceOn);
    }
}
