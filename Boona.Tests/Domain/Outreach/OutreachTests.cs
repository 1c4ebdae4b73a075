using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Tests.Support;

namespace Boona.Tests.Domain.Outreach;

public sealed class OutreachTests
{
    private static readonly EmailRetryPolicy Policy = new(3, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(3));

    private static EmailMessage Queued() =>
        EmailMessage.Queue(new EmailDraft(EmailKind.Inquiry, EmailAddress.Parse("praxis@example.de"), "Praxis", "Anfrage", "Text"), "boona.test", Build.Now);

    [Fact]
    public void A_queued_message_has_a_stable_message_id_and_is_due_at_once()
    {
        var message = Queued();

        Assert.Matches("^<[0-9a-f]{32}@boona.test>$", message.MessageId);
        Assert.True(message.IsDue(Build.Now));
    }

    [Fact]
    public void Failures_back_off_and_the_message_dies_after_the_limit()
    {
        var message = Queued();

        message.MarkFailed("421 busy", Build.Now, Policy);
        Assert.Equal(Build.Now.AddMinutes(1), message.NextAttemptAt);
        Assert.False(message.IsDue(Build.Now.AddSeconds(30)));

        message.MarkFailed("421 busy", Build.Now, Policy);
        Assert.Equal(Build.Now.AddMinutes(2), message.NextAttemptAt);

        message.MarkFailed("550 unknown", Build.Now, Policy);
        Assert.Equal(EmailStatus.Dead, message.Status);
        Assert.Equal("550 unknown", message.LastError);
        Assert.Throws<DomainException>(() => message.MarkSent(Build.Now));
    }

    [Fact]
    public void The_delay_never_exceeds_the_maximum() =>
        Assert.Equal(TimeSpan.FromMinutes(3), Policy.DelayAfter(10));

    [Fact]
    public void A_sent_message_cannot_be_sent_or_requeued_again()
    {
        var message = Queued();
        message.MarkSent(Build.Now);

        Assert.Throws<DomainException>(() => message.MarkSent(Build.Now));
        Assert.Equal(ErrorKind.Conflict, message.Requeue(Build.Now).FirstError!.Kind);
    }

    [Fact]
    public void A_permanent_refusal_makes_the_message_dead_at_once()
    {
        var message = Queued();

        message.MarkFailed("550 5.1.1 no such user", Build.Now, Policy, permanent: true);

        Assert.Equal((EmailStatus.Dead, 1), (message.Status, message.Attempts));
        Assert.Equal(Build.Now, message.LastAttemptAt);
    }

    [Theory]
    [InlineData(0.0, 45)]
    [InlineData(0.5, 60)]
    [InlineData(0.999999, 75)]
    public void Jitter_spreads_a_retry_by_a_quarter_either_way(double jitter, int seconds) =>
        Assert.Equal(seconds, (int)Math.Round(Policy.DelayAfter(1, jitter).TotalSeconds));

    [Fact]
    public void A_dead_message_is_discarded_only_with_a_reason()
    {
        var message = Queued();
        message.MarkFailed("550 no such user", Build.Now, Policy, permanent: true);

        Assert.Equal("Reason", message.Discard(" ").FirstError!.Field);
        Assert.Equal(EmailStatus.Dead, message.Status);

        Assert.True(message.Discard("Adresse veraltet, Praxis angerufen").IsSuccess);
        Assert.Equal((EmailStatus.Cancelled, "Adresse veraltet, Praxis angerufen"), (message.Status, message.LastError));
        Assert.Equal(ErrorKind.Conflict, message.Discard("noch einmal").FirstError!.Kind);
    }

    [Fact]
    public void A_dead_message_can_be_requeued()
    {
        var message = Queued();
        for (var i = 0; i < Policy.MaxAttempts; i++)
        {
            message.MarkFailed("down", Build.Now, Policy);
        }

        Assert.True(message.Requeue(Build.Now.AddHours(1)).IsSuccess);

        Assert.Equal(EmailStatus.Queued, message.Status);
        Assert.Equal(0, message.Attempts);
    }

    [Fact]
    public void An_empty_message_is_refused() =>
        Assert.Throws<DomainException>(() =>
            EmailMessage.Queue(new EmailDraft(EmailKind.Other, EmailAddress.Parse("a@b.de"), null, " ", "x"), "boona.test", Build.Now));

    [Fact]
    public void A_call_not_reached_is_planned_again_and_a_reached_call_is_done()
    {
        var call = PhoneCall.Plan(1, 2, PhoneCallPurpose.FollowUp, Build.Now);

        call.RecordNotReached(Build.Now.AddDays(1), "Anrufbeantworter");
        Assert.Equal(PhoneCallStatus.Planned, call.Status);
        Assert.Equal(Build.Now.AddDays(1), call.PlannedAt);

        call.RecordReached("Antwort notiert", Build.Now.AddDays(1));
        Assert.Equal(PhoneCallStatus.Reached, call.Status);
        Assert.Equal(2, call.Attempts);
        Assert.Throws<DomainException>(() => call.Cancel(null));
        Assert.Throws<DomainException>(() => call.RecordReached(null, Build.Now));
    }
}
