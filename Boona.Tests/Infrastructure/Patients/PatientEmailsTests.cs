using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Patients;

/// <summary>The e-mails to patients are queued with the change that causes them, only to patients with an address, and carry no health data.</summary>
public sealed class PatientEmailsTests
{
    [Theory, EveryProvider]
    public async Task Registering_a_patient_with_an_e_mail_address_queues_the_confirmation_with_her_reference(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var id = (await Commands(database).RegisterAsync(PatientInputs.Valid(), Token)).Value;

        await using var context = database.CreateContext();
        var message = await context.EmailMessages.SingleAsync(Token);
        Assert.Equal((EmailKind.PatientRegistration, id, "mia@example.org", EmailStatus.Queued), (message.Kind, message.PatientId, message.ToAddress.Value, message.Status));
        Assert.Null(message.TherapistId);
        Assert.Contains($"P-{id:D5}", message.Subject, StringComparison.Ordinal);
        Assert.Contains("Guten Tag Frau Schmidt,", message.TextBody, StringComparison.Ordinal);
        AssertNoHealthData(message);
    }

    [Theory, EveryProvider]
    public async Task A_patient_without_an_e_mail_address_gets_no_message_on_registration_or_search_start(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var input = PatientInputs.Valid();
        input.Email = null;

        var id = (await Commands(database).RegisterAsync(input, Token)).Value;
        var started = await new SearchCommands(database.Factory, new FakeTimeProvider(Build.Now)).StartAsync(id, Token);

        Assert.True(started.IsSuccess, string.Join("; ", started.Errors.Select(e => e.Message)));
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.EmailMessages.CountAsync(Token));
        Assert.Equal(1, await context.Searches.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task Starting_a_search_queues_search_started_with_the_day(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var id = (await Commands(database).RegisterAsync(PatientInputs.Valid(), Token)).Value;

        var started = await new SearchCommands(database.Factory, new FakeTimeProvider(Build.Now)).StartAsync(id, Token);
        var again = await new SearchCommands(database.Factory, new FakeTimeProvider(Build.Now)).StartAsync(id, Token);

        Assert.True(started.IsSuccess);
        Assert.False(again.IsSuccess);
        await using var context = database.CreateContext();
        var message = await context.EmailMessages.SingleAsync(m => m.Kind == EmailKind.PatientSearchStarted, Token);
        Assert.Equal(id, message.PatientId);
        Assert.Contains("seit dem 26.11.2026", message.TextBody, StringComparison.Ordinal);
        AssertNoHealthData(message);
        Assert.Equal(2, await context.EmailMessages.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task A_recorded_placement_tells_the_patient_the_practice_its_phone_hours_and_what_to_say(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber", change: t => t.SetPhoneHours(WeeklyWindows.Parse("Mo 08:00-09:00; Do 12:00-13:00").Value));
        var search = await world.AddSearchAsync("Eins");
        var other = await world.AddSearchAsync("Zwei");
        var id = await world.SentInquiryAsync(therapist, search, other);

        var answered = await world.Answers.RecordAsync(new AnswerInput(id, search.Id, InquiryOutcome.Accepted), Token);
        await world.Answers.RecordAsync(new AnswerInput(id, other.Id, InquiryOutcome.DeclinedNoCapacity), Token);

        Assert.Equal(AnswerEffect.Placed, answered.Value);
        await using var context = database.CreateContext();
        var message = await context.EmailMessages.SingleAsync(m => m.Kind == EmailKind.PatientPlaceFound, Token);
        Assert.Equal((search.PatientId, "jonas@example.org", (int?)null, (int?)null), (message.PatientId, message.ToAddress.Value, message.TherapistId, message.InquiryId));
        Assert.Contains("Dr. Anna Weber", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Hohe Straße 1, 50667 Köln", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("0221 123456", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Mo 08:00–09:00; Do 12:00–13:00", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"Referenz P-{search.PatientId:D5}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains("Guten Tag Herr Eins,", message.TextBody, StringComparison.Ordinal);
        AssertNoHealthData(message);
    }

    [Theory, EveryProvider]
    public async Task Taking_a_standing_acceptance_tells_the_patient_too(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var first = await world.AddTherapistAsync("Weber");
        var second = await world.AddTherapistAsync("Krause");
        var search = await world.AddSearchAsync("Eins");
        var firstInquiry = await world.SentInquiryAsync(first, search);
        var secondInquiry = await world.SentInquiryAsync(second, search);
        await world.Answers.RecordAsync(new AnswerInput(firstInquiry, search.Id, InquiryOutcome.Accepted), Token);
        await world.Answers.RecordAsync(new AnswerInput(secondInquiry, search.Id, InquiryOutcome.Accepted), Token);
        Assert.True((await world.Placements.FailTrialAsync(search.Id, new TrialFailureInput { Reason = "Passt nicht" }, Token)).IsSuccess);

        var taken = await world.Placements.TakeStandingAcceptanceAsync(search.Id, secondInquiry, "koordination@boona.test", Token);

        Assert.True(taken.IsSuccess, string.Join("; ", taken.Errors.Select(e => e.Message)));
        await using var context = database.CreateContext();
        var found = await context.EmailMessages.Where(m => m.Kind == EmailKind.PatientPlaceFound).OrderBy(m => m.Id).ToListAsync(Token);
        Assert.Equal(2, found.Count);
        Assert.Contains("Dr. Anna Krause", found[1].TextBody, StringComparison.Ordinal);
    }

    private static PatientCommands Commands(TestDatabase database) =>
        new(database.Factory, new FakeTimeProvider(Build.Now), new PostalCodeQueries(database.Factory));

    /// <summary>E-mail is no place for health data: no diagnosis code, symptom or anamnesis in any patient e-mail.</summary>
    private static void AssertNoHealthData(EmailMessage message)
    {
        var text = message.Subject + message.TextBody + message.HtmlBody;
        foreach (var word in new[] { "F32", "F41", "F43", "Diagnose", "Niedergeschlagenheit", "Grübeln", "Beschwerden" })
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
