using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Outreach.Delivery;

public enum SmtpSecurity
{
    /// <summary>Plain SMTP, for a mail catcher on the same host or network.</summary>
    None,

    /// <summary>Upgrade with STARTTLS (port 587); refused if the server does not offer it.</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,
}

/// <summary>
/// Section <c>Smtp</c>: the server the outbox delivers through. Without <see cref="Host"/> nothing leaves the machine:
/// messages are written as <c>.eml</c> files to <see cref="PickupFolder"/> and marked sent, so the embedded demo never
/// mails a real practice by accident and a newcomer can open what would have been sent.
/// </summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string? Host { get; set; }

    public int Port { get; set; } = 587;

    public SmtpSecurity Security { get; set; } = SmtpSecurity.StartTls;

    public string? User { get; set; }

    public string? Password { get; set; }

    /// <summary>The sender address; required with <see cref="Host"/>.</summary>
    public string? From { get; set; }

    public string FromName { get; set; } = "Boona";

    /// <summary>Where therapists' replies go, e.g. the coordinators' shared mailbox.</summary>
    public string? ReplyTo { get; set; }

    /// <summary>Relative paths are below the app's content root.</summary>
    public string PickupFolder { get; set; } = Path.Combine("data", "mail");

    /// <summary>The provider's limit; the delivery run waits between messages so as not to exceed it.</summary>
    public int MessagesPerMinute { get; set; } = 120;

    /// <summary>Attempts before a message is dead.</summary>
    public int MaxAttempts { get; set; } = EmailRetryPolicy.Default.MaxAttempts;

    public TimeSpan FirstRetryDelay { get; set; } = EmailRetryPolicy.Default.FirstDelay;

    public TimeSpan MaxRetryDelay { get; set; } = EmailRetryPolicy.Default.MaxDelay;

    /// <summary>One SMTP command's timeout; a slow server fails the attempt instead of holding the run.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Messages claimed per database round trip.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How long a claimed row stays with one run; a run that crashed lets it go after this.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(5);

    public bool WritesToPickupFolder => string.IsNullOrWhiteSpace(Host);

    public EmailRetryPolicy RetryPolicy => new(MaxAttempts, FirstRetryDelay, MaxRetryDelay);
}

internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        var failures = new List<string>();
        if (!options.WritesToPickupFolder)
        {
            if (options.Port is < 1 or > 65535)
            {
                failures.Add("Smtp:Port must be between 1 and 65535.");
            }

            if (!EmailAddress.Create(options.From).IsSuccess)
            {
                failures.Add("Smtp:From must be a valid e-mail address when Smtp:Host is set.");
            }

            if (string.IsNullOrEmpty(options.User) != string.IsNullOrEmpty(options.Password))
            {
                failures.Add("Smtp:User and Smtp:Password go together: set both or neither.");
            }
        }

        if (!Enum.IsDefined(options.Security))
        {
            failures.Add("Smtp:Security must be None, StartTls or SslOnConnect.");
        }

        if (options.ReplyTo is not null && !EmailAddress.Create(options.ReplyTo).IsSuccess)
        {
            failures.Add("Smtp:ReplyTo must be a valid e-mail address.");
        }

        if (string.IsNullOrWhiteSpace(options.PickupFolder))
        {
            failures.Add("Smtp:PickupFolder must name a folder.");
        }

        if (options.MessagesPerMinute is < 1 or > 100_000)
        {
            failures.Add("Smtp:MessagesPerMinute must be between 1 and 100000.");
        }

        if (options.MaxAttempts is < 1 or > 50)
        {
            failures.Add("Smtp:MaxAttempts must be between 1 and 50.");
        }

        if (options.FirstRetryDelay <= TimeSpan.Zero || options.MaxRetryDelay < options.FirstRetryDelay)
        {
            failures.Add("Smtp:FirstRetryDelay must be positive and not above Smtp:MaxRetryDelay.");
        }

        if (options.Timeout <= TimeSpan.Zero || options.Timeout > TimeSpan.FromMinutes(5))
        {
            failures.Add("Smtp:Timeout must be between 0 and 5 minutes.");
        }

        if (options.BatchSize is < 1 or > 1000)
        {
            failures.Add("Smtp:BatchSize must be between 1 and 1000.");
        }

        if (options.ClaimLease < TimeSpan.FromSeconds(10))
        {
            failures.Add("Smtp:ClaimLease must be at least 10 seconds.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
