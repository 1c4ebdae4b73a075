using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>Every minute (and on demand): delivers what the outbox holds that is due.</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDeliveryJob(OutboxDelivery delivery, JobRunRecorder recorder, ILogger<OutboxDeliveryJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "outbox-delivery";

    /// <summary>At the start of every minute.</summary>
    public const string Schedule = "0 * * * * ?";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        delivery.DeliverAsync(progress, cancellationToken);
}
