using Boona.Domain.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Infrastructure.Outreach;
using Boona.Tests.Support;

namespace Boona.Tests.Infrastructure.FollowUp;

/// <summary>A therapist whose address the receiving server refuses for good is flagged; a temporary refusal flags nobody.</summary>
public sealed class BounceTests
{
    [Theory, EveryProvider]
    public async Task A_permanent_refusal_flags_the_therapists_address_until_it_changes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync((m, _) =>
            m.To.ToString().Contains("weber", StringComparison.Ordinal) ? LoopbackSmtpServer.Reply(550, "5.1.1 Mailbox unknown") : LoopbackSmtpServer.Reply(451, "4.3.0 Try later"));
        var world = new InquiryWorld(database);
        var weber = await world.AddTherapistAsync("Weber", email: "praxis.weber@example.de");
        var krause = await world.AddTherapistAsync("Krause", email: "praxis.krause@example.de");
        Assert.True((await world.Inquiries.CreateAsync(new NewInquiry(weber.Id, [(await world.AddSearchAsync("Eins")).Id]), Token)).IsSuccess);
        Assert.True((await world.Inquiries.CreateAsync(new NewInquiry(krause.Id, [(await world.AddSearchAsync("Zwei")).Id]), Token)).IsSuccess);

        await new OutboxWorld(database, world.Clock).RunAsync(OutboxWorld.Smtp(smtp.Port));

        var (weberAfter, krauseAfter) = (await world.TherapistAsync(weber.Id), await world.TherapistAsync(krause.Id));
        Assert.Equal(Build.Now, weberAfter.EmailBouncedAt);
        Assert.StartsWith("550", weberAfter.EmailBounceReason, StringComparison.Ordinal);
        Assert.Null(krauseAfter.EmailBouncedAt);

        Assert.True(weberAfter.UpdateProfile(Build.TherapistProfile("Weber", email: EmailAddress.Parse("neu@praxis-weber.de"))).IsSuccess);
        Assert.Null(weberAfter.EmailBouncedAt);
    }
}
