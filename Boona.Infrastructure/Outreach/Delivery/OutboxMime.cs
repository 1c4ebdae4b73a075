using Boona.Domain.Outreach;
using MimeKit;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>An outbox row as the MIME message that leaves: its stored Message-ID, so that a re-send is the same message.</summary>
internal static class OutboxMime
{
    public static MimeMessage Build(EmailMessage row, SmtpOptions options, DateTimeOffset now)
    {
        var message = new MimeMessage
        {
            MessageId = row.MessageId.Trim('<', '>'),
            Subject = row.Subject,
            Date = now,
        };
        message.From.Add(new MailboxAddress(options.FromName, options.From ?? "boona@localhost"));
        if (options.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(MailboxAddress.Parse(replyTo));
        }

        message.To.Add(new MailboxAddress(row.ToName ?? string.Empty, row.ToAddress.Value));
        var body = new BodyBuilder { TextBody = row.TextBody, HtmlBody = row.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}
