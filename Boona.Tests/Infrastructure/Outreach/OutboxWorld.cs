using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach.Delivery;
using Boona.Infrastructure.Settings;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>An outbox in a test database, delivered through the real transports to a server on loopback.</summary>
internal sealed class OutboxWorld(TestDatabase database, FakeTimeProvider? clock = null)
{
    public TestDatabase Database { get; } = database;

    public FakeTimeProvider Clock { get; } = clock ?? new FakeTimeProvider(Build.Now);

    public static SmtpOptions Smtp(int port, int messagesPerMinute = 100_000, int maxAttempts = 8) => new()
    {
        Host = "127.0.0.1",
        Port = port,
        Security = SmtpSecurity.None,
        From = "boona@boona.test",
        FromName = "Boona Vermittlung",
        ReplyTo = "team@boona.test",
        MessagesPerMinute = messagesPerMinute,
        MaxAttempts = maxAttempts,
        Timeout = TimeSpan.FromSeconds(5),
        BatchSize = 20,
    };

    public OutboxDelivery Delivery(SmtpOptions options, IMailTransportFactory? transports = null) =>
        new(Database.Factory, transports ?? new MailTransportFactory(options, TestFiles.Folder), Options.Create(options), Clock, NullLogger<OutboxDelivery>.Instance,
            new SettingsStore(Database.Factory, Clock), Options.Create(new FollowUpOptions()));

    public async Task<JobProgressSnapshot> RunAsync(SmtpOptions options, IMailTransportFactory? transports = null)
    {
        var progress = new JobProgress();
        await Delivery(options, transports).DeliverAsync(progress, Token);
        return progress.Snapshot();
    }

    public async Task<List<int>> QueueAsync(int count, string to = "praxis@example.de")
    {
        await using var context = Database.CreateContext();
        var rows = Enumerable.Range(1, count)
            .Select(i => EmailMessage.Queue(
                new EmailDraft(EmailKind.Other, EmailAddress.Parse(to), "Praxis Weber", $"Nachricht {i}", $"Text {i}", $"<p>Text {i}</p>"),
                "boona.test",
                Clock.GetUtcNow()))
            .ToList();
        context.EmailMessages.AddRange(rows);
        await context.SaveChangesAsync(Token);
        return [.. rows.Select(r => r.Id)];
    }

    public async Task<EmailMessage> MessageAsync(int id)
    {
        await using var context = Database.CreateContext();
        return await context.EmailMessages.SingleAsync(m => m.Id == id, Token);
    }

    public async Task<List<EmailMessage>> MessagesAsync()
    {
        await using var context = Database.CreateContext();
        return await context.EmailMessages.OrderBy(m => m.Id).ToListAsync(Token);
    }
}
