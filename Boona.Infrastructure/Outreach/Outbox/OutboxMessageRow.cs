using System.Linq.Expressions;
using Boona.Domain.Outreach;

namespace Boona.Infrastructure.Outreach.Outbox;

/// <summary>One outbox message as the inquiry page, the therapist page and the outbox page list it (without the text).</summary>
public sealed record OutboxMessageRow(
    int Id,
    EmailKind Kind,
    string To,
    string Subject,
    EmailStatus Status,
    int Attempts,
    DateTimeOffset CreatedAt,
    DateTimeOffset NextAttemptAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? SentAt,
    string? LastError,
    int? InquiryId,
    int? TherapistId,
    int? PatientId)
{
    /// <summary>The projection, so that every list reads the same columns in the database.</summary>
    public static Expression<Func<EmailMessage, OutboxMessageRow>> FromMessage { get; } = m => new OutboxMessageRow(
        m.Id, m.Kind, m.ToAddress.Value, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.LastAttemptAt, m.SentAt, m.LastError,
        m.InquiryId, m.TherapistId, m.PatientId);

    private static readonly Func<EmailMessage, OutboxMessageRow> Compiled = FromMessage.Compile();

    public static OutboxMessageRow Of(EmailMessage message) => Compiled(message);
}

/// <summary>A message with its text as it was (or will be) sent.</summary>
public sealed record OutboxMessageText(OutboxMessageRow Message, string MessageId, string? ToName, string TextBody, string? HtmlBody);
