using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>An inquiry is sent when its e-mail left the outbox; an e-mail that dies becomes a call.</summary>
public sealed class InquiryDeliveryTests
{
    [Theory, EveryProvider]
    public async Task An_inquiry_counts_as_sent_when_its_email_left_the_outbox_not_when_it_was_queued(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var (world, outbox, inquiryId) = await InquiryWithEmailAsync(database);
        Assert.Equal(InquiryStatus.Unsent, (await world.InquiryAsync(inquiryId)).Status);

        outbox.Clock.Advance(TimeSpan.FromMinutes(3));
        await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));

        var inquiry = await world.InquiryAsync(inquiryId);
        Assert.Equal(InquiryStatus.Sent, inquiry.Status);
        Assert.Equal(Build.Now.AddMinutes(3), inquiry.SentAt);
        Assert.Contains("Anfrage", Assert.Single(smtp.Accepted).Subject, StringComparison.Ordinal);
    }

    [Theory, EveryProvider]
    public async Task An_inquiry_email_that_dies_turns_the_inquiry_into_a_planned_call_that_says_why(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync((_, _) => LoopbackSmtpServer.Reply(550, "5.1.1 Mailbox unknown"));
        var (world, outbox, inquiryId) = await InquiryWithEmailAsync(database);

        await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));

        var inquiry = await world.InquiryAsync(inquiryId);
        var call = await world.ReadAsync(c => c.PhoneCalls.SingleAsync(p => p.InquiryId == inquiryId, Token));
        Assert.Equal((InquiryStatus.Unsent, ContactChannel.Phone), (inquiry.Status, inquiry.Channel));
        Assert.Equal((PhoneCallStatus.Planned, PhoneCallPurpose.Inquiry), (call.Status, call.Purpose));
        Assert.Contains("konnte nicht zugestellt werden (550", call.Note, StringComparison.Ordinal);
        Assert.True(call.PlannedAt >= Build.Now);
    }

    private static async Task<(InquiryWorld World, OutboxWorld Outbox, int InquiryId)> InquiryWithEmailAsync(TestDatabase database)
    {
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber", email: "praxis.weber@example.de");
        var search = await world.AddSearchAsync("Schmidt");
        var created = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [search.Id]), Token);
        Assert.True(created.IsSuccess);
        var queued = await world.ReadAsync(c => c.EmailMessages.SingleAsync(m => m.InquiryId == created.Value, Token));
        Assert.Equal((EmailKind.Inquiry, EmailStatus.Queued), (queued.Kind, queued.Status));
        return (world, new OutboxWorld(database, world.Clock), created.Value);
    }
}
