using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

public sealed partial class EmailMessage
{
    public bool IsDue(DateTimeOffset now) => Status == EmailStatus.Queued && NextAttemptAt <= now;

    public void MarkSent(DateTimeOffset at)
    {
        RequireQueued();
        Status = EmailStatus.Sent;
        SentAt = at.ToUniversalTime();
        Attempts++;
        LastError = null;
    }

    /// <summary>A failed attempt: wait longer each time, give up after the policy's limit.</summary>
    public void MarkFailed(string error, DateTimeOffset at, EmailRetryPolicy policy)
    {
        RequireQueued();
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= policy.MaxAttempts)
        {
            Status = EmailStatus.Dead;
            return;
        }

        NextAttemptAt = at.ToUniversalTime() + policy.DelayAfter(Attempts);
    }

    /// <summary>A coordinator gives a dead message another chance.</summary>
    public void Requeue(DateTimeOffset at)
    {
        if (Status != EmailStatus.Dead)
        {
            throw new DomainException("email.transition", $"Only a dead message can be queued again, not a {Status} one.");
        }

        Status = EmailStatus.Queued;
        Attempts = 0;
        NextAttemptAt = at.ToUniversalTime();
    }

    /// <summary>Stops a message that has not left yet, e.g. an inquiry e-mail whose bundle changed.</summary>
    public void Cancel(string reason)
    {
        RequireQueued();
        Status = EmailStatus.Cancelled;
        LastError = reason;
    }

    private void RequireQueued()
    {
        if (Status != EmailStatus.Queued)
        {
            throw new DomainException("email.transition", $"A message that is {Status} is not waiting to be sent.");
        }
    }
}

/// <summary>Exponential backoff: first retry after <see cref="FirstDelay"/>, doubling up to <see cref="MaxDelay"/>.</summary>
public sealed record EmailRetryPolicy(int MaxAttempts, TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static EmailRetryPolicy Default { get; } = new(8, TimeSpan.FromMinutes(1), TimeSpan.FromHours(6));

    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = TimeSpan.FromTicks((long)Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
