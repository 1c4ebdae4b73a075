using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Outreach.Outbox;

namespace Boona.Infrastructure.Therapists;

/// <summary>The detail page's data: the therapist, the most recent contacts and inquiries, and the status history (newest first).</summary>
public sealed record TherapistDetail(
    Therapist Therapist,
    bool Available,
    IReadOnlyList<OutboxMessageRow> Emails,
    IReadOnlyList<TherapistCallRow> Calls,
    IReadOnlyList<TherapistInquiryRow> Inquiries,
    IReadOnlyList<TherapistStatusChange> StatusChanges)
{
    /// <summary>Why and since when an inactive therapist is inactive; null for the others (or one rejected in review without a reason).</summary>
    public TherapistStatusChange? Deactivation =>
        Therapist.Status == TherapistStatus.Inactive ? StatusChanges.FirstOrDefault(c => c.To == TherapistStatus.Inactive) : null;
}


public sealed record TherapistCallRow(int Id, PhoneCallPurpose Purpose, PhoneCallStatus Status, DateTimeOffset PlannedAt, DateTimeOffset? CompletedAt, string? Note, int? InquiryId);

public sealed record TherapistInquiryRow(
    int Id,
    DateTimeOffset CreatedAt,
    ContactChannel Channel,
    InquiryStatus Status,
    DateTimeOffset? SentAt,
    AnswerType AnswerType,
    DateTimeOffset? AnsweredAt,
    int PatientCount);
