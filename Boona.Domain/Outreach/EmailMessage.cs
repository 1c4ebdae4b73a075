using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

public enum EmailStatus
{
    Queued,
    Sent,
    /// <summary>Gave up after the retry limit; kept for a coordinator to look at.</summary>
    Dead,

    /// <summary>Withdrawn before delivery because its content no longer holds (an inquiry shrank or was cancelled).</summary>
    Cancelled,
}

public enum EmailKind
{
    Inquiry,
    Reminder,
    WithdrawalNotice,
    ConflictThankYou,
    PatientRegistration,
    PatientSearchStarted,
    PatientPlaceFound,
    PatientProgress,
    Other,
}

/// <summary>A row in the e-mail outbox. Sending means inserting one; a job delivers it.</summary>
public sealed partial class EmailMessage : Entity
{
    private EmailMessage()
    {
        MessageId = string.Empty;
        ToAddress = null!;
        Subject = string.Empty;
        TextBody = string.Empty;
    }

    /// <summary>Stable RFC 5322 Message-ID, so a retried delivery is recognisable as a duplicate.</summary>
    public string MessageId { get; private set; }

    public EmailKind Kind { get; private set; }

    public EmailAddress ToAddress { get; private set; }

    public string? ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string? HtmlBody { get; private set; }

    public EmailStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public int? InquiryId { get; private set; }

    public int? TherapistId { get; private set; }

    public int? PatientId { get; private set; }

    /// <summary>A new outbox row, due at once or not before <paramref name="notBefore"/> (notices wait for the day's send time).</summary>
    public static EmailMessage Queue(EmailDraft draft, string messageDomain, DateTimeOffset now, DateTimeOffset? notBefore = null)
    {
        if (string.IsNullOrWhiteSpace(draft.Subject) || string.IsNullOrWhiteSpace(draft.TextBody))
        {
            throw new DomainException("email.empty", "An e-mail needs a subject and a text body.");
        }

        var utc = now.ToUniversalTime();
        return new EmailMessage
        {
            MessageId = $"<{Guid.NewGuid():N}@{messageDomain}>",
            Kind = draft.Kind,
            ToAddress = draft.To,
            ToName = draft.ToName,
            Subject = draft.Subject,
            TextBody = draft.TextBody,
            HtmlBody = draft.HtmlBody,
            Status = EmailStatus.Queued,
            CreatedAt = utc,
            NextAttemptAt = notBefore is { } later && later > now ? later.ToUniversalTime() : utc,
            InquiryId = draft.InquiryId,
            TherapistId = draft.TherapistId,
            PatientId = draft.PatientId,
        };
    }
}

/// <summary>What to send, before it becomes an outbox row.</summary>
public sealed record EmailDraft(
    EmailKind Kind,
    EmailAddress To,
    string? ToName,
    string Subject,
    string TextBody,
    string? HtmlBody = null,
    int? InquiryId = null,
    int? TherapistId = null,
    int? PatientId = null);
