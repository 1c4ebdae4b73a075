using MimeKit;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>One delivery run's way out: an SMTP connection kept open for every message of the run, or the pickup folder.</summary>
public interface IMailTransport : IAsyncDisposable
{
    /// <summary>Sends one message; throws <see cref="MailDeliveryException"/> when it did not leave.</summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

/// <summary>Opens the transport the settings name; a test wraps it to fault between the server's reply and the database.</summary>
public interface IMailTransportFactory
{
    IMailTransport Open();
}

/// <summary>Why a message did not leave, and whether trying again can help.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException(string message, bool permanent, bool transportDown, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
        TransportDown = transportDown;
    }

    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The server refused this message for good (5xx): it is dead at once.</summary>
    public bool Permanent { get; }

    /// <summary>No connection could be made: the run stops instead of failing every message in turn.</summary>
    public bool TransportDown { get; }
}

internal sealed class MailTransportFactory(SmtpOptions options, string contentRoot) : IMailTransportFactory
{
    public IMailTransport Open() => options.WritesToPickupFolder
        ? new PickupFolderTransport(PickupFolder.Resolve(options, contentRoot))
        : new SmtpMailTransport(options);
}

internal static class PickupFolder
{
    public static string Resolve(SmtpOptions options, string contentRoot) =>
        Path.IsPathRooted(options.PickupFolder) ? options.PickupFolder : Path.Combine(contentRoot, options.PickupFolder);
}
