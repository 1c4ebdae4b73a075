using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// After the placed therapist's trial fails, another therapist's acceptance that lost to it (a conflict) is proposed as
/// the next placement and taken like an acceptance — unless that therapist is blocked or inactive since, or the
/// acceptance is older than an availability stays valid. On both providers.
/// </summary>
public sealed class StandingAcceptanceTests
{
    [Theory, EveryProvider]
    public async Task After_a_failed_trial_the_losing_acceptance_is_proposed_and_taken_as_the_next_placement(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var (first, late, patient, lateInquiry) = await ConflictAsync(world);
        Assert.Empty(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        Assert.Single((await world.Conflicts.ListAsync(openOnly: true, 0, 20, Token)).Items);
        var meanwhile = await world.AddTherapistAsync("Cramer");
        world.Clock.Advance(TimeSpan.FromDays(10));
        Assert.True((await world.Placements.FailTrialAsync(patient.Id, new TrialFailureInput { Reason = "Chemie stimmte nicht" }, Token)).IsSuccess);
        var newInquiry = (await world.Inquiries.CreateAsync(new NewInquiry(meanwhile.Id, [patient.Id]), Token)).Value;

        var proposed = Assert.Single(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        Assert.Equal((lateInquiry, late.Id, "Dr. Anna Berg", Build.Now, true), (proposed.InquiryId, proposed.TherapistId, proposed.TherapistName, proposed.AcceptedAt, proposed.CanBeTaken));

        var taken = await world.Placements.TakeStandingAcceptanceAsync(patient.Id, lateInquiry, "koordination@boona.de", Token);

        Assert.True(taken.IsSuccess, taken.FirstError?.Message);
        var search = await world.SearchAsync(patient.Id);
        Assert.Equal((SearchStatus.Placed, late.Id, Build.Today.AddDays(10)), (search.Status, search.PlacedTherapistId!.Value, search.PlacedOn!.Value));
        Assert.Equal("koordination@boona.de", search.Events.Where(e => e.Kind == SearchEventKind.Placed).MaxBy(e => e.At)!.By);
        Assert.Equal(PatientStatus.Searching, (await world.ReadAsync(c => c.Patients.SingleAsync(p => p.Id == patient.PatientId, Token))).Status);
        Assert.Equal(InquiryOutcome.Withdrawn, (await world.InquiryAsync(newInquiry)).PatientFor(patient.Id).Outcome);
        Assert.Empty(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        Assert.Empty((await world.Conflicts.ListAsync(openOnly: true, 0, 20, Token)).Items);
        Assert.NotEqual(first.Id, search.PlacedTherapistId);
    }

    [Theory, EveryProvider]
    public async Task A_standing_acceptance_of_a_therapist_blocked_since_or_older_than_the_availability_expiry_says_why_and_is_not_taken(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var (_, late, patient, lateInquiry) = await ConflictAsync(world);
        Assert.True((await world.Placements.FailTrialAsync(patient.Id, new TrialFailureInput { Reason = "Passte nicht" }, Token)).IsSuccess);
        await using (var context = database.CreateContext())
        {
            Assert.True((await context.Therapists.SingleAsync(t => t.Id == late.Id, Token)).Block("Beschwerde", null, Build.Stamp()).IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        var blocked = Assert.Single(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        var refusedBlocked = await world.Placements.TakeStandingAcceptanceAsync(patient.Id, lateInquiry, null, Token);

        Assert.Equal((false, "search.standing.therapist"), (blocked.CanBeTaken, blocked.Refusal!.Code));
        Assert.Equal("search.standing.therapist", refusedBlocked.FirstError!.Code);

        await using (var context = database.CreateContext())
        {
            Assert.True((await context.Therapists.SingleAsync(t => t.Id == late.Id, Token)).Unblock("Geklärt", Build.Stamp()).IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        world.Clock.Advance(TimeSpan.FromDays((7 * 8) + 1));
        var expired = Assert.Single(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        var refusedExpired = await world.Placements.TakeStandingAcceptanceAsync(patient.Id, lateInquiry, null, Token);

        Assert.Equal("search.standing.expired", expired.Refusal!.Code);
        Assert.Equal(("search.standing.expired", Boona.Domain.Common.ErrorKind.Conflict), (refusedExpired.FirstError!.Code, refusedExpired.FirstError.Kind));
        Assert.Equal(SearchStatus.Active, (await world.SearchAsync(patient.Id)).Status);
    }

    [Theory, EveryProvider]
    public async Task A_corrected_acceptance_lets_the_losing_one_stand(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var (first, late, patient, lateInquiry) = await ConflictAsync(world);
        var firstInquiry = await world.ReadAsync(c => c.Inquiries.Where(i => i.TherapistId == first.Id).Select(i => i.Id).SingleAsync(Token));

        var corrected = await world.Answers.CorrectAsync(
            firstInquiry, new AnswerCorrectionInput { SearchId = patient.Id, Outcome = InquiryOutcome.DeclinedNoCapacity, Reason = "Verwechselt" }, null, Token);

        Assert.True(corrected.IsSuccess, corrected.FirstError?.Message);
        var standing = Assert.Single(await world.StandingAcceptances.ForSearchAsync(patient.Id, Token));
        Assert.Equal((lateInquiry, late.Id, true), (standing.InquiryId, standing.TherapistId, standing.CanBeTaken));
    }

    /// <summary>Adler and Berg were both asked about one patient; Adler's acceptance placed them, Berg's came later: a conflict.</summary>
    private static async Task<(Therapist First, Therapist Late, PlacementSearch Patient, int LateInquiry)> ConflictAsync(InquiryWorld world)
    {
        var first = await world.AddTherapistAsync("Adler");
        var late = await world.AddTherapistAsync("Berg");
        var patient = await world.AddSearchAsync("Gesucht");
        var firstInquiry = await world.SentInquiryAsync(first, patient);
        var lateInquiry = await world.SentInquiryAsync(late, patient);
        Assert.Equal(AnswerEffect.Placed, (await world.Answers.RecordAsync(new AnswerInput(firstInquiry, patient.Id, InquiryOutcome.Accepted), Token)).Value);
        Assert.Equal(AnswerEffect.Conflict, (await world.Answers.RecordAsync(new AnswerInput(lateInquiry, patient.Id, InquiryOutcome.Accepted), Token)).Value);
        return (first, late, patient, lateInquiry);
    }
}
