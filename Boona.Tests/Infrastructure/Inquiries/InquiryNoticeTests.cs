using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Outreach;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// Withdrawal notices and thank-yous (issue 12 item 6): queued by placements and conflicts, one e-mail per practice and
/// German day, held until the day's send time, taken back when the placement is corrected first.
/// </summary>
public sealed class InquiryNoticeTests
{
    // Build.Now is 10:00 in Berlin; the notices leave at 17:00 German time, 16:00 UTC in November.
    private static readonly DateTimeOffset SendTime = new(2026, 11, 26, 16, 0, 0, TimeSpan.Zero);

    [Theory, EveryProvider]
    public async Task Notices_to_one_practice_on_one_day_go_out_as_one_email_at_the_send_time_and_then_count_as_sent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var world = new InquiryWorld(database);
        var outbox = new OutboxWorld(database, world.Clock);
        var adler = await world.AddTherapistAsync("Adler");
        var cramer = await world.AddTherapistAsync("Cramer");
        var berg = await world.AddTherapistAsync("Berg");
        var first = await world.AddSearchAsync("Erste");
        var second = await world.AddSearchAsync("Zweite");
        var askedBerg = await world.SentInquiryAsync(berg, first, second);
        var askedAdler = await world.SentInquiryAsync(adler, first);
        var askedCramer = await world.SentInquiryAsync(cramer, second);

        await AcceptAsync(world, askedAdler, first);
        world.Clock.Advance(TimeSpan.FromHours(3));
        await AcceptAsync(world, askedCramer, second);

        var notice = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.WithdrawalNotice, Token));
        var references = $"{Patient.ReferenceOf(first.PatientId)}, {Patient.ReferenceOf(second.PatientId)}";
        Assert.Equal(("berg@praxis.de", EmailStatus.Queued, SendTime), (notice.ToAddress.Value, notice.Status, notice.NextAttemptAt));
        Assert.Equal($"Anfragen erledigt: {references}", notice.Subject);
        Assert.Contains($"die Personen {references}, nach denen wir Sie gefragt haben", notice.TextBody, StringComparison.Ordinal);
        Assert.All((await world.InquiryAsync(askedBerg)).Patients, p => Assert.True(p.WithdrawalNoticePending));

        await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));
        Assert.DoesNotContain(smtp.Accepted, m => m.Subject?.Contains("erledigt", StringComparison.Ordinal) == true);

        world.Clock.Advance(SendTime - world.Clock.GetUtcNow() + TimeSpan.FromMinutes(1));
        await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));

        var sent = Assert.Single(smtp.Accepted, m => m.Subject?.Contains("erledigt", StringComparison.Ordinal) == true);
        Assert.Equal("berg@praxis.de", sent.To.Mailboxes.Single().Address);
        Assert.Contains("Impressum", sent.HtmlBody, StringComparison.Ordinal);
        Assert.All((await world.InquiryAsync(askedBerg)).Patients, p => Assert.False(p.WithdrawalNoticePending));
    }

    [Theory, EveryProvider]
    public async Task A_notice_after_the_days_send_time_waits_for_the_next_days_email(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, _, first, second, askedAdler) = await AskedByAdlerAndBergAsync(database);

        await AcceptAsync(world, askedAdler, first);
        world.Clock.Advance(SendTime - world.Clock.GetUtcNow() + TimeSpan.FromMinutes(30));
        await AcceptAsync(world, askedAdler, second);

        var notices = await world.ReadAsync(c => c.EmailMessages.Where(m => m.Kind == EmailKind.WithdrawalNotice).OrderBy(m => m.Id).ToListAsync(Token));
        Assert.Equal([SendTime, SendTime.AddDays(1)], notices.Select(n => n.NextAttemptAt));
        Assert.Equal([$"Anfrage erledigt: {Patient.ReferenceOf(first.PatientId)}", $"Anfrage erledigt: {Patient.ReferenceOf(second.PatientId)}"], notices.Select(n => n.Subject));
    }

    [Theory, EveryProvider]
    public async Task Two_conflicts_at_one_practice_on_one_day_are_thanked_for_in_one_email(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, askedBerg, first, second, askedAdler) = await AskedByAdlerAndBergAsync(database);
        await AcceptAsync(world, askedAdler, first);
        await AcceptAsync(world, askedAdler, second);

        Assert.Equal(AnswerEffect.Conflict, (await world.Answers.RecordAsync(new AnswerInput(askedBerg, first.Id, InquiryOutcome.Accepted), Token)).Value);
        world.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(AnswerEffect.Conflict, (await world.Answers.RecordAsync(new AnswerInput(askedBerg, second.Id, InquiryOutcome.Accepted), Token)).Value);

        var thanks = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.ConflictThankYou, Token));
        var references = $"{Patient.ReferenceOf(first.PatientId)}, {Patient.ReferenceOf(second.PatientId)}";
        Assert.Equal(("berg@praxis.de", askedBerg, SendTime), (thanks.ToAddress.Value, thanks.InquiryId!.Value, thanks.NextAttemptAt));
        Assert.Equal($"Vielen Dank – {references} sind bereits versorgt", thanks.Subject);
        Assert.Contains("Ihre Angebote für", thanks.TextBody, StringComparison.Ordinal);
        Assert.Single(await world.ReadAsync(c => c.EmailMessages.Where(m => m.Kind == EmailKind.WithdrawalNotice).ToListAsync(Token)));
    }

    [Theory, EveryProvider]
    public async Task A_placement_corrected_before_the_send_time_takes_its_notice_back(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var adler = await world.AddTherapistAsync("Adler");
        var berg = await world.AddTherapistAsync("Berg");
        var dorn = await world.AddTherapistAsync("Dorn");
        var patient = await world.AddSearchAsync("Gesucht");
        var other = await world.AddSearchAsync("Andere");
        var third = await world.AddSearchAsync("Dritte");
        var askedAdler = await world.SentInquiryAsync(adler, patient, other);
        var askedBerg = await world.SentInquiryAsync(berg, patient, third);
        var askedDorn = await world.SentInquiryAsync(dorn, patient, other, third);
        await AcceptAsync(world, askedAdler, patient);
        await AcceptAsync(world, askedAdler, other);
        world.Clock.Advance(TimeSpan.FromHours(1));

        var corrected = await world.Answers.CorrectAsync(
            askedAdler, new AnswerCorrectionInput { SearchId = patient.Id, Outcome = InquiryOutcome.DeclinedNoCapacity, Reason = "Zusage galt einer anderen Person" }, "koordination@boona.test", Token);

        Assert.True(corrected.IsSuccess, corrected.FirstError?.Message);
        var toBerg = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.WithdrawalNotice && m.InquiryId == askedBerg, Token));
        Assert.Equal(EmailStatus.Cancelled, toBerg.Status);
        var toDorn = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.Kind == EmailKind.WithdrawalNotice && m.TherapistId == dorn.Id, Token));
        Assert.Equal((EmailStatus.Queued, $"Anfrage erledigt: {Patient.ReferenceOf(other.PatientId)}"), (toDorn.Status, toDorn.Subject));
        Assert.Equal(InquiryOutcome.Pending, (await world.InquiryAsync(askedDorn)).PatientFor(patient.Id).Outcome);
        Assert.Equal((InquiryOutcome.Pending, false), ((await world.InquiryAsync(askedBerg)).PatientFor(patient.Id).Outcome, (await world.InquiryAsync(askedBerg)).PatientFor(patient.Id).WithdrawalNoticePending));
    }

    [Theory, EveryProvider]
    public async Task A_notice_template_that_cannot_render_refuses_the_placement_and_saves_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var adler = await world.AddTherapistAsync("Adler");
        var berg = await world.AddTherapistAsync("Berg");
        var patient = await world.AddSearchAsync("Gesucht");
        var askedAdler = await world.SentInquiryAsync(adler, patient);
        var askedBerg = await world.SentInquiryAsync(berg, patient);

        // Written past the page's check, e.g. by hand in the database.
        await world.AddAsync(EmailTemplateVersion.Create(
            TemplateKind.WithdrawalNotice, 1, new EmailTemplateText("Erledigt", "{{ greeting }} {{ nicht_vorhanden }}", "<p>x</p>"), "admin", Build.Now).Value);

        var answered = await world.Answers.RecordAsync(new AnswerInput(askedAdler, patient.Id, InquiryOutcome.Accepted), Token);

        Assert.Equal(("template.render", Boona.Domain.Common.ErrorKind.Conflict), (answered.FirstError!.Code, answered.FirstError.Kind));
        Assert.Contains("nicht_vorhanden", answered.FirstError.Message, StringComparison.Ordinal);
        Assert.Equal(SearchStatus.Active, (await world.SearchAsync(patient.Id)).Status);
        Assert.Equal(InquiryOutcome.Pending, (await world.InquiryAsync(askedAdler)).PatientFor(patient.Id).Outcome);
        Assert.Equal(InquiryOutcome.Pending, (await world.InquiryAsync(askedBerg)).PatientFor(patient.Id).Outcome);
        Assert.False(await world.ReadAsync(c => c.EmailMessages.AnyAsync(m => m.Kind == EmailKind.WithdrawalNotice, Token)));
    }

    /// <summary>Adler and Berg were both asked about two patients; Adler's inquiry is the one that places them.</summary>
    private static async Task<(InquiryWorld World, int AskedBerg, PlacementSearch First, PlacementSearch Second, int AskedAdler)> AskedByAdlerAndBergAsync(TestDatabase database)
    {
        var world = new InquiryWorld(database);
        var adler = await world.AddTherapistAsync("Adler");
        var berg = await world.AddTherapistAsync("Berg");
        var first = await world.AddSearchAsync("Erste");
        var second = await world.AddSearchAsync("Zweite");
        var askedBerg = await world.SentInquiryAsync(berg, first, second);
        return (world, askedBerg, first, second, await world.SentInquiryAsync(adler, first, second));
    }

    private static async Task AcceptAsync(InquiryWorld world, int inquiryId, PlacementSearch search) =>
        Assert.True((await world.Answers.RecordAsync(new AnswerInput(inquiryId, search.Id, InquiryOutcome.Accepted), Token)).IsSuccess);
}
