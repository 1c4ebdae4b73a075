using Boona.Infrastructure.Jobs;
using Microsoft.Extensions.Logging;
using Quartz;

namespace Boona.Infrastructure.FollowUp;

/// <summary>Every working morning (and on demand): reminders and follow-up calls for inquiries without an answer.</summary>
[DisallowConcurrentExecution]
internal sealed class InquiryFollowUpJob(InquiryFollowUp followUp, JobRunRecorder recorder, ILogger<InquiryFollowUpJob> logger)
    : BoonaJob(recorder, logger)
{
    public const string Name = "inquiry-follow-up";

    /// <summary>07:30 German time, Monday to Friday.</summary>
    public const string Schedule = "0 30 7 ? * MON-FRI";

    protected override Task RunAsync(IJobExecutionContext context, JobProgress progress, CancellationToken cancellationToken) =>
        followUp.RunAsync(progress, cancellationToken);
}
