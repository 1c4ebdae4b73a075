using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

public sealed partial class EmailMessage
{
    /// <summary>The longest error text kept on the row; SMTP replies and exception messages are cut to it.</summary>
    public const int LastErrorMaxLength = 2000;

    /// <summary>The delivery run holding this row until <see cref="ClaimedUntil"/>, so that two instances never send it at once.</summary>
    public Guid? ClaimToken { get; private set; }

    /// <summary>The end of the claim's lease: a run that crashed lets the row go again after it.</summary>
    public DateTimeOffset? ClaimedUntil { get; private set; }

    /// <summary>The last attempt's time, shown next to the error.</summary>
    public DateTimeOffset? LastAttemptAt { get; private set; }

    public bool IsDue(DateTimeOffset now) => Status == EmailStatus.Queued && NextAttemptAt <= now;

    public void MarkSent(DateTimeOffset at)
    {
        RequireQueued();
        Status = EmailStatus.Sent;
        SentAt = at.ToUniversalTime();
        LastAttemptAt = SentAt;
        Attempts++;
        LastError = null;
        ReleaseClaim();
    }

    /// <summary>
    /// A failed attempt. A temporary one (4xx, timeout, lost connection) waits longer each time, with jitter so that
    /// messages failed together do not retry together; a permanent one (5xx) or the policy's last attempt makes the
    /// message dead.
    /// </summary>
    /// <param name="error">What the server or the connection said.</param>
    /// <param name="at">When the attempt failed.</param>
    /// <param name="policy">Attempts and delays.</param>
    /// <param name="permanent">The server refused the message for good; retrying cannot help.</param>
    /// <param name="jitter">A random number in [0, 1) from the caller; the domain draws no randomness itself.</param>
    public void MarkFailed(string error, DateTimeOffset at, EmailRetryPolicy policy, bool permanent = false, double jitter = 0.5)
    {
        RequireQueued();
        Attempts++;
        LastError = error.Length > LastErrorMaxLength ? error[..LastErrorMaxLength] : error;
        LastAttemptAt = at.ToUniversalTime();
        ReleaseClaim();
        if (permanent || Attempts >= policy.MaxAttempts)
        {
            Status = EmailStatus.Dead;
            return;
        }

        NextAttemptAt = at.ToUniversalTime() + policy.DelayAfter(Attempts, jitter);
    }

    /// <summary>A coordinator gives a dead message another chance.</summary>
    public Result Requeue(DateTimeOffset at)
    {
        if (Status != EmailStatus.Dead)
        {
            return Result.Failure(Error.Conflict("email.requeue", $"Only a dead message can be sent again, not a {Status} one.", "Status"));
        }

        Status = EmailStatus.Queued;
        Attempts = 0;
        NextAttemptAt = at.ToUniversalTime();
        return Result.Success();
    }

    /// <summary>An admin gives up on a dead message for good, saying why; it stays in the outbox as cancelled.</summary>
    public Result Discard(string? reason)
    {
        var errors = Text.Check(reason, "Reason", FreeText.ShortMaxLength, required: true).ToList();
        if (errors.Count > 0)
        {
            return Result.Failure(errors);
        }

        if (Status != EmailStatus.Dead)
        {
            return Result.Failure(Error.Conflict("email.discard", $"Only a dead message can be discarded, not a {Status} one.", "Status"));
        }

        Status = EmailStatus.Cancelled;
        LastError = Text.TrimOrNull(reason);
        return Result.Success();
    }

    /// <summary>Stops a message that has not left yet, e.g. an inquiry e-mail whose bundle changed.</summary>
    public void Cancel(string reason)
    {
        RequireQueued();
        Status = EmailStatus.Cancelled;
        LastError = reason;
        ReleaseClaim();
    }

    /// <summary>A held message that no delivery has touched yet: its text may still change (a notice joined or left it).</summary>
    public bool CanBeRewritten(DateTimeOffset now) =>
        Status == EmailStatus.Queued && Attempts == 0 && NextAttemptAt > now && (ClaimedUntil is null || ClaimedUntil < now);

    /// <summary>Replaces subject and texts of a held message; the recipient and the Message-ID stay.</summary>
    public void Rewrite(EmailDraft draft, DateTimeOffset now)
    {
        if (!CanBeRewritten(now))
        {
            throw new DomainException("email.rewrite", $"Message {Id} is no longer held ({Status}, {Attempts} attempts) and cannot change.");
        }

        if (string.IsNullOrWhiteSpace(draft.Subject) || string.IsNullOrWhiteSpace(draft.TextBody) || draft.To != ToAddress)
        {
            throw new DomainException("email.empty", "A rewritten e-mail needs a subject, a text body and the same recipient.");
        }

        Subject = draft.Subject;
        TextBody = draft.TextBody;
        HtmlBody = draft.HtmlBody;
        InquiryId = draft.InquiryId;
    }

    private void ReleaseClaim()
    {
        ClaimToken = null;
        ClaimedUntil = null;
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

    /// <summary>The wait before the next attempt: the doubled delay, spread by ±25 % with <paramref name="jitter"/> in [0, 1).</summary>
    public TimeSpan DelayAfter(int attempts, double jitter = 0.5)
    {
        var factor = Math.Pow(2, Math.Max(0, attempts - 1));
        var delay = Math.Min(FirstDelay.Ticks * factor, MaxDelay.Ticks);
        var spread = 0.75 + (0.5 * Math.Clamp(jitter, 0, 1));
        return TimeSpan.FromTicks((long)(delay * spread));
    }
}
