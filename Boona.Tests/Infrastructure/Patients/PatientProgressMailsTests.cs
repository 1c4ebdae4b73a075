using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Patients;

/// <summary>The weekly progress: once per patient and week, to active searches with an address and without an opt-out.</summary>
public sealed class PatientProgressMailsTests
{
    [Theory, EveryProvider]
    public async Task Each_searching_patient_hears_practices_asked_and_answers_once_a_week(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber");
        var krause = await world.AddTherapistAsync("Krause");
        var search = await world.AddSearchAsync("Eins");
        var quiet = await world.AddSearchAsync("Zwei");
        var first = await world.SentInquiryAsync(weber, search);
        await world.SentInquiryAsync(krause, search);
        await world.Answers.RecordAsync(new AnswerInput(first, search.Id, InquiryOutcome.DeclinedNoCapacity), Token);
        var mails = new PatientProgressMails(database.Factory, world.Clock);

        var queued = await mails.RunAsync(null, Token);
        var again = await mails.RunAsync(null, Token);

        Assert.Equal((2, 0), (queued, again));
        var messages = await world.ReadAsync(c => c.EmailMessages.Where(m => m.Kind == EmailKind.PatientProgress).ToListAsync(Token));
        var asked = messages.Single(m => m.PatientId == search.PatientId);
        Assert.Contains("angefragte Praxen: 2", asked.TextBody, StringComparison.Ordinal);
        Assert.Contains("Antworten bisher: 1", asked.TextBody, StringComparison.Ordinal);
        Assert.Contains("Anfragen ohne Antwort: 1", asked.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("F32", asked.TextBody, StringComparison.Ordinal);
        Assert.Contains("angefragte Praxen: 0", messages.Single(m => m.PatientId == quiet.PatientId).TextBody, StringComparison.Ordinal);

        world.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await mails.RunAsync(null, Token));
    }

    [Theory, EveryProvider]
    public async Task Opted_out_patients_those_without_an_address_and_paused_searches_get_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        await world.AddSearchAsync("Abbestellt", change: p => p.UpdateBusiness(new PatientBusinessData(true, null, false, null, WeeklyProgressOptOut: true)));
        await world.AddSearchAsync("Ohne", change: p => p.UpdatePersonalData(Build.PersonalData("Ohne") with { Email = null }, Build.Today));
        var paused = await world.AddSearchAsync("Pausiert");
        await using (var context = database.CreateContext())
        {
            var tracked = await context.Searches.SingleAsync(s => s.Id == paused.Id, Token);
            Assert.True(tracked.Pause(null, "Urlaub", Build.Today, Build.Now, "test").IsSuccess);
            await context.SaveChangesAsync(Token);
        }

        var queued = await new PatientProgressMails(database.Factory, world.Clock).RunAsync(null, Token);

        Assert.Equal(0, queued);
        Assert.Equal(0, await world.ReadAsync(c => c.EmailMessages.CountAsync(Token)));
    }

    [Fact]
    public void The_week_starts_on_Monday_at_midnight_German_time()
    {
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), PatientProgressMails.WeekStart(new DateOnly(2026, 11, 26)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), PatientProgressMails.WeekStart(new DateOnly(2026, 11, 23)));
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 23, 0, 0, TimeSpan.Zero), PatientProgressMails.WeekStart(new DateOnly(2026, 11, 29)));
    }
}
