using Boona.Domain.Outreach;
using Boona.Infrastructure.Outreach.Delivery;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using MimeKit;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>The outbox against a real SMTP server on loopback: delivery, refusals, lost connections, crashes.</summary>
public sealed class OutboxDeliveryTests
{
    [Theory, EveryProvider]
    public async Task Every_due_message_leaves_over_one_connection_with_its_stored_message_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var outbox = new OutboxWorld(database);
        await outbox.QueueAsync(3);

        var run = await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));

        var rows = await outbox.MessagesAsync();
        Assert.Equal((3, 0), (run.ItemsDone, run.Errors));
        Assert.All(rows, r => Assert.Equal((EmailStatus.Sent, 1, (DateTimeOffset?)Build.Now), (r.Status, r.Attempts, r.SentAt)));
        Assert.All(rows, r => Assert.Null(r.ClaimToken));
        Assert.Equal(rows.Select(r => r.MessageId.Trim('<', '>')), smtp.Accepted.Select(m => m.MessageId));
        Assert.Equal(1, smtp.Sessions);
        var first = smtp.Accepted[0];
        Assert.Equal(("Nachricht 1", "Text 1", "<p>Text 1</p>"), (first.Subject, first.TextBody?.Trim(), first.HtmlBody?.Trim()));
        Assert.Equal("team@boona.test", first.ReplyTo.Mailboxes.Single().Address);
        Assert.Equal("praxis@example.de", first.To.Mailboxes.Single().Address);
    }

    [Theory, EveryProvider]
    public async Task A_temporary_refusal_is_retried_after_the_backoff_and_then_delivered(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync((_, seenBefore) =>
            seenBefore == 0 ? LoopbackSmtpServer.Reply(451, "4.3.0 Try again later") : null);
        var outbox = new OutboxWorld(database);
        var id = (await outbox.QueueAsync(1))[0];
        var options = OutboxWorld.Smtp(smtp.Port);

        var first = await outbox.RunAsync(options);
        var refused = await outbox.MessageAsync(id);
        Assert.Equal(1, first.Errors);
        Assert.Equal((EmailStatus.Queued, 1), (refused.Status, refused.Attempts));
        Assert.StartsWith("451", refused.LastError, StringComparison.Ordinal);
        Assert.InRange(refused.NextAttemptAt - Build.Now, TimeSpan.FromSeconds(45), TimeSpan.FromSeconds(75));

        await outbox.RunAsync(options);
        Assert.Empty(smtp.Accepted);

        outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        await outbox.RunAsync(options);
        var sent = await outbox.MessageAsync(id);
        Assert.Equal((EmailStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
        Assert.Single(smtp.Accepted);
    }

    [Theory, EveryProvider]
    public async Task A_permanent_refusal_makes_the_message_dead_at_once_and_the_others_go_on(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync((m, _) =>
            m.Subject == "Nachricht 1" ? LoopbackSmtpServer.Reply(550, "5.1.1 No such user") : null);
        var outbox = new OutboxWorld(database);
        var ids = await outbox.QueueAsync(2);

        var run = await outbox.RunAsync(OutboxWorld.Smtp(smtp.Port));

        var dead = await outbox.MessageAsync(ids[0]);
        Assert.Equal((EmailStatus.Dead, 1), (dead.Status, dead.Attempts));
        Assert.StartsWith("550", dead.LastError, StringComparison.Ordinal);
        Assert.Equal(EmailStatus.Sent, (await outbox.MessageAsync(ids[1])).Status);
        Assert.Equal((1, 1), (run.ItemsDone, run.Errors));
    }

    [Theory, EveryProvider]
    public async Task After_the_last_attempt_the_message_is_dead(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync((_, _) => LoopbackSmtpServer.Reply(451, "4.7.1 Greylisted"));
        var outbox = new OutboxWorld(database);
        var id = (await outbox.QueueAsync(1))[0];
        var options = OutboxWorld.Smtp(smtp.Port, maxAttempts: 3);

        for (var attempt = 0; attempt < 3; attempt++)
        {
            await outbox.RunAsync(options);
            outbox.Clock.Advance(TimeSpan.FromHours(1));
        }

        var dead = await outbox.MessageAsync(id);
        Assert.Equal((EmailStatus.Dead, 3), (dead.Status, dead.Attempts));
        await outbox.RunAsync(options);
        Assert.Equal(3, (await outbox.MessageAsync(id)).Attempts);
    }

    [Theory, EveryProvider]
    public async Task A_connection_dropped_in_the_middle_of_the_message_is_retried_on_a_new_connection(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var port = LoopbackSmtpServer.FreePort();
        var outbox = new OutboxWorld(database);
        var id = (await outbox.QueueAsync(1))[0];
        var options = OutboxWorld.Smtp(port);

        await using (var dropping = new DroppingSmtpServer(port))
        {
            var run = await outbox.RunAsync(options);
            Assert.Equal((1, 1), (dropping.Dropped, run.Errors));
        }

        var failed = await outbox.MessageAsync(id);
        Assert.Equal((EmailStatus.Queued, 1), (failed.Status, failed.Attempts));
        Assert.NotNull(failed.LastError);

        await using var smtp = await LoopbackSmtpServer.StartAsync(port);
        outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        await outbox.RunAsync(options);
        Assert.Equal(EmailStatus.Sent, (await outbox.MessageAsync(id)).Status);
        Assert.Equal(failed.MessageId.Trim('<', '>'), Assert.Single(smtp.Accepted).MessageId);
    }

    [Theory, EveryProvider]
    public async Task While_the_server_is_down_the_run_stops_after_one_attempt_and_everything_leaves_once_it_is_up(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var port = LoopbackSmtpServer.FreePort();
        var outbox = new OutboxWorld(database);
        var ids = await outbox.QueueAsync(3);
        var options = OutboxWorld.Smtp(port);

        var down = await outbox.RunAsync(options);

        var rows = await outbox.MessagesAsync();
        Assert.Equal((0, 1), (down.ItemsDone, down.Errors));
        Assert.Equal([1, 0, 0], rows.Select(r => r.Attempts));
        Assert.All(rows, r => Assert.Equal(EmailStatus.Queued, r.Status));
        Assert.All(rows, r => Assert.Null(r.ClaimToken));
        Assert.Contains("not usable", rows[0].LastError, StringComparison.Ordinal);

        await using var smtp = await LoopbackSmtpServer.StartAsync(port);
        outbox.Clock.Advance(TimeSpan.FromMinutes(2));
        var up = await outbox.RunAsync(options);
        Assert.Equal(3, up.ItemsDone);
        Assert.All(await outbox.MessagesAsync(), r => Assert.Equal(EmailStatus.Sent, r.Status));
        Assert.Equal(ids.Count, smtp.Accepted.Count);
    }

    [Theory, EveryProvider]
    public async Task A_crash_after_the_servers_250_sends_the_message_again_with_the_same_message_id(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var outbox = new OutboxWorld(database);
        var id = (await outbox.QueueAsync(1))[0];
        var options = OutboxWorld.Smtp(smtp.Port);

        var crashing = new CrashAfterSend(new MailTransportFactory(options, TestFiles.Folder));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => outbox.RunAsync(options, crashing));
        var claimed = await outbox.MessageAsync(id);
        Assert.Equal(EmailStatus.Queued, claimed.Status);
        Assert.NotNull(claimed.ClaimToken);

        await outbox.RunAsync(options);
        Assert.Single(smtp.Accepted);

        outbox.Clock.Advance(options.ClaimLease + TimeSpan.FromSeconds(1));
        await outbox.RunAsync(options);
        Assert.Equal(EmailStatus.Sent, (await outbox.MessageAsync(id)).Status);
        Assert.Equal(2, smtp.AcceptedPerMessageId[claimed.MessageId.Trim('<', '>')]);
        Assert.Single(smtp.AcceptedPerMessageId);
    }

    [Fact]
    public async Task Two_delivery_runs_in_parallel_on_PostgreSQL_never_send_one_row_twice()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var outbox = new OutboxWorld(database);
        await outbox.QueueAsync(200);
        var options = OutboxWorld.Smtp(smtp.Port);
        options.BatchSize = 10;

        var runs = await Task.WhenAll(Task.Run(() => outbox.RunAsync(options)), Task.Run(() => outbox.RunAsync(options)));

        Assert.Equal(200, runs.Sum(r => r.ItemsDone));
        Assert.All(runs, r => Assert.True(r.ItemsDone > 0, "Both runs took part."));
        Assert.Equal(200, smtp.AcceptedPerMessageId.Count);
        Assert.All(smtp.AcceptedPerMessageId.Values, n => Assert.Equal(1, n));
        Assert.All(await outbox.MessagesAsync(), r => Assert.Equal(EmailStatus.Sent, r.Status));
    }

    [Theory, EveryProvider]
    public async Task The_rate_limit_spaces_the_messages_out(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var smtp = await LoopbackSmtpServer.StartAsync();
        var outbox = new OutboxWorld(database);
        await outbox.QueueAsync(3);

        var run = outbox.RunAsync(OutboxWorld.Smtp(smtp.Port, messagesPerMinute: 60));

        await WaitUntilAsync(() => smtp.Accepted.Count == 1);
        await Task.Delay(200, Token);
        Assert.Single(smtp.Accepted);
        outbox.Clock.Advance(TimeSpan.FromSeconds(1));
        await WaitUntilAsync(() => smtp.Accepted.Count == 2);
        outbox.Clock.Advance(TimeSpan.FromSeconds(1));
        await run;
        Assert.Equal(3, smtp.Accepted.Count);
    }

    [Theory, EveryProvider]
    public async Task Without_an_SMTP_host_each_message_is_an_eml_file_in_the_pickup_folder(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var folder = Path.Combine(TestFiles.Folder, "mail-" + Guid.NewGuid().ToString("N"));
        var outbox = new OutboxWorld(database);
        var id = (await outbox.QueueAsync(1))[0];

        await outbox.RunAsync(new SmtpOptions { PickupFolder = folder });

        var row = await outbox.MessageAsync(id);
        var file = Assert.Single(Directory.GetFiles(folder, "*.eml"));
        var written = await MimeMessage.LoadAsync(file, Token);
        Assert.Equal(EmailStatus.Sent, row.Status);
        Assert.Equal((row.MessageId.Trim('<', '>'), "Nachricht 1"), (written.MessageId, written.Subject));
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        for (var i = 0; i < 200 && !condition(); i++)
        {
            await Task.Delay(25, Token);
        }

        Assert.True(condition());
    }

    /// <summary>The process dies right after the server's 250, before the row is marked sent.</summary>
    private sealed class CrashAfterSend(IMailTransportFactory inner) : IMailTransportFactory
    {
        public IMailTransport Open() => new Transport(inner.Open());

        private sealed class Transport(IMailTransport inner) : IMailTransport
        {
            public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
            {
                await inner.SendAsync(message, cancellationToken);
                throw new OperationCanceledException("The process was stopped.");
            }

            public ValueTask DisposeAsync() => inner.DisposeAsync();
        }
    }
}
