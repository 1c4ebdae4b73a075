using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

/// <summary>
/// One patient a notice e-mail speaks of (a withdrawal notice or a thank-you after a conflict). The notices to one
/// practice on one day share one e-mail, held until <see cref="SendTime"/> German time: a later notice of the same day
/// joins the queued e-mail instead of sending another, and one taken back before then leaves it.
/// </summary>
public sealed class OutboxNotice : Entity
{
    /// <summary>When the day's notices leave (German time); a notice after it waits for the next day's.</summary>
    public static readonly TimeOnly SendTime = new(17, 0);

    private OutboxNotice()
    {
        Message = null!;
        Reference = string.Empty;
    }

    public int EmailMessageId { get; private set; }

    public EmailMessage Message { get; private set; }

    public EmailKind Kind { get; private set; }

    public int TherapistId { get; private set; }

    public int InquiryId { get; private set; }

    public int SearchId { get; private set; }

    /// <summary>The patient's reference (P-00012): the only way a notice names them.</summary>
    public string Reference { get; private set; }

    public static OutboxNotice For(EmailMessage message, int inquiryId, int searchId, string reference)
    {
        if (message.Kind is not (EmailKind.WithdrawalNotice or EmailKind.ConflictThankYou) || message.TherapistId is null)
        {
            throw new DomainException("notice.kind", $"A notice belongs to a withdrawal notice or thank-you to a therapist, not to a {message.Kind} message.");
        }

        return new OutboxNotice
        {
            Message = message,
            Kind = message.Kind,
            TherapistId = message.TherapistId.Value,
            InquiryId = inquiryId,
            SearchId = searchId,
            Reference = reference,
        };
    }
}
