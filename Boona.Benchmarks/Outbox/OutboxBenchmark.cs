using System.Diagnostics;
using System.Globalization;
using System.Text;
using Boona.Benchmarks.Common;
using Boona.Benchmarks.Matching;
using Boona.Benchmarks.TherapistList;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Outreach.Delivery;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Benchmarks.Outbox;

/// <summary>
/// 2,000 inquiry e-mails, rendered with the app's inquiry text, delivered by <see cref="OutboxDelivery"/> (the job's
/// own code: claims, one connection, a mark per message) to a loopback SMTP server; once clean and once with 10 % of
/// attempts answered 451, until every message is sent.
/// </summary>
public sealed class OutboxBenchmark : IBenchmark
{
    private const int Messages = 2_000;
    private const double TargetPerSecond = 200;

    public string Name => "outbox";

    public string Description => "delivers 2,000 inquiry e-mails to a loopback SMTP server, clean and with 10 % answered 451";

    public async Task RunAsync(BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var places = ZipCodeFile.Read(options.ZipCodes);
        var drafts = Drafts(places);
        var results = new List<Result>();
        foreach (var (provider, server) in Providers(options))
        {
            foreach (var refused in new[] { 0.0, 0.10 })
            {
                var result = await MeasureAsync(provider, server, drafts, refused, cancellationToken);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{result.Provider} refused {refused:P0}: {result.PerSecond:F0}/s, {result.Runs} runs, {result.Refusals} refusals, duplicates {result.Duplicates}, missing {result.Missing}"));
                results.Add(result);
            }
        }

        await ReportSection.WriteAsync(options.Report, "Outbox delivery", Report(results), cancellationToken);
        Console.WriteLine($"Written to {options.Report}");
    }

    private static IEnumerable<(DatabaseProvider Provider, string? Server)> Providers(BenchmarkOptions options)
    {
        if (options.Only is null or "sqlite")
        {
            yield return (DatabaseProvider.Sqlite, null);
        }

        if (options.Postgres is { } server && options.Only is null or "postgres")
        {
            yield return (DatabaseProvider.Postgres, server);
        }
    }

    private static async Task<Result> MeasureAsync(DatabaseProvider provider, string? server, IReadOnlyList<EmailDraft> drafts, double refused, CancellationToken cancellationToken)
    {
        await using var smtp = new CountingSmtpServer(refused, seed: 20261202);
        var settings = new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = smtp.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp:Security"] = "None",
            ["Smtp:From"] = "boona@boona.bench",
            ["Smtp:MessagesPerMinute"] = "100000",
            ["Smtp:FirstRetryDelay"] = "00:00:00.010",
            ["Smtp:MaxRetryDelay"] = "00:00:00.100",
            ["Smtp:MaxAttempts"] = "20",
            ["Smtp:BatchSize"] = "100",
        };
        await using var database = await BenchmarkDatabase.CreateAsync(provider, server, cancellationToken, settings);
        var factory = database.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using (var context = await factory.CreateDbContextAsync(cancellationToken))
        {
            var now = TimeProvider.System.GetUtcNow();
            context.EmailMessages.AddRange(drafts.Select(d => EmailMessage.Queue(d, "boona.bench", now)));
            await context.SaveChangesAsync(cancellationToken);
        }

        var delivery = database.Services.GetRequiredService<OutboxDelivery>();
        var allocatedBefore = GC.GetTotalAllocatedBytes();
        var started = Stopwatch.GetTimestamp();
        var runs = 0;
        while (runs < 100 && await QueuedAsync(factory, cancellationToken) > 0)
        {
            runs++;
            await delivery.DeliverAsync(new JobProgress(), cancellationToken);
            if (refused > 0)
            {
                await Task.Delay(150, cancellationToken); // the retried ones become due after their (short) backoff
            }
        }

        var elapsed = Stopwatch.GetElapsedTime(started);
        var accepted = smtp.AcceptedPerMessageId;
        return new Result(
            database.ProviderName,
            refused,
            Messages / elapsed.TotalSeconds,
            runs,
            smtp.Refused,
            accepted.Values.Count(n => n > 1),
            Messages - accepted.Count,
            (GC.GetTotalAllocatedBytes() - allocatedBefore) / Messages,
            Process.GetCurrentProcess().PeakWorkingSet64);
    }

    private static async Task<int> QueuedAsync(IDbContextFactory<BoonaDbContext> factory, CancellationToken cancellationToken)
    {
        await using var context = await factory.CreateDbContextAsync(cancellationToken);
        return await context.EmailMessages.CountAsync(m => m.Status == EmailStatus.Queued, cancellationToken);
    }

    /// <summary>Real inquiry texts: generated practices and patients, bundles of 1 to 6, rendered from the shipped templates (<see cref="InquiryEmails"/>, <see cref="EmailTemplates"/>).</summary>
    private static List<EmailDraft> Drafts(IReadOnlyList<ZipCodePlace> places)
    {
        var now = TimeProvider.System.GetUtcNow();
        var today = BoonaTime.ToLocalDate(now);
        var therapists = new TherapistGenerator(places, now, today).Generate(400).Where(t => t.Email is not null).ToList();
        var patients = new PatientGenerator(places, now, today).Generate(600).Select((p, i) => (Id: i + 1, Patient: p)).ToDictionary(p => p.Id, p => p.Patient);
        var random = new Random(20261202);
        var drafts = new List<EmailDraft>(Messages);
        for (var i = 0; i < Messages; i++)
        {
            var size = random.Next(1, Inquiry.AbsoluteMaxBundleSize + 1);
            var bundle = Enumerable.Range(0, size).Select(k => ((i * 7) + k) % patients.Count + 1).Distinct().Select(id => (SearchId: id, PatientId: id)).ToList();
            var therapist = therapists[i % therapists.Count];
            var inquiry = Inquiry.Compose(1, ContactChannel.Email, bundle, Inquiry.AbsoluteMaxBundleSize, now);
            drafts.Add(InquiryEmails.Inquiry(EmailTemplates.Defaults, inquiry, therapist, patients, today, 4) with { InquiryId = null, TherapistId = null, PatientId = null });
        }

        return drafts;
    }

    private static string Report(List<Result> results)
    {
        var invariant = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        text.AppendLine(invariant, $"Measured {MachineInfo.Describe()}.");
        text.AppendLine();
        text.AppendLine(invariant, $"{Messages:N0} inquiry e-mails (bundles of 1–6 generated patients, rendered by the app's inquiry text) queued at once and delivered by");
        text.AppendLine("`OutboxDelivery` — the job's code: claim a batch, send over one SMTP connection, mark each row — to an SmtpServer on loopback in the same");
        text.AppendLine("process (so client and server share the CPU). With refusals, the run is repeated until nothing is queued (retry backoff shortened to 10 ms).");
        text.AppendLine(invariant, $"Target: more than {TargetPerSecond:F0} messages per second without faults.");
        text.AppendLine();
        text.AppendLine("Not met yet: the same ~45 ms per message on both databases points at the SMTP exchange, not at the claims or marks.");
        text.AppendLine("Setting NoDelay on the client socket changed nothing; the suspect is the test server's replies meeting delayed ACKs");
        text.AppendLine("on loopback. Next: measure against another server (smtp4dev, Postfix) and time the SMTP and database parts separately.");
        text.AppendLine();
        text.AppendLine("| database | answered 451 | messages/s | runs | 451 answers | sent twice | missing | allocated per message | peak working set |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var r in results)
        {
            text.AppendLine(invariant, $"| {r.Provider} | {r.Refused:P0} | {r.PerSecond:F0} | {r.Runs} | {r.Refusals} | {r.Duplicates} | {r.Missing} | {r.AllocatedPerMessage / 1024.0:F0} KB | {r.PeakWorkingSet / (1024.0 * 1024):F0} MB |");
        }

        return text.ToString();
    }

    private sealed record Result(
        string Provider, double Refused, double PerSecond, int Runs, int Refusals, int Duplicates, int Missing, long AllocatedPerMessage, long PeakWorkingSet);
}
