using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace Boona.Infrastructure.Outreach.Delivery;

/// <summary>
/// MailKit over one connection per run: opened with the first message, reused for the next ones, and opened again
/// when the server dropped it. A refusal of one message (4xx/5xx) keeps the connection; a broken connection is closed
/// so that the next message starts clean.
/// </summary>
internal sealed class SmtpMailTransport(SmtpOptions options) : IMailTransport
{
    private readonly SmtpClient _client = new() { Timeout = (int)options.Timeout.TotalMilliseconds };

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        await ConnectAsync(cancellationToken);
        try
        {
            await _client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException refused)
        {
            var code = (int)refused.StatusCode;
            throw new MailDeliveryException($"{code} {refused.Message}", permanent: code >= 500, transportDown: false, refused);
        }
        catch (Exception broken) when (IsConnectionFault(broken) && !cancellationToken.IsCancellationRequested)
        {
            await DropAsync();
            throw new MailDeliveryException($"Connection lost: {broken.Message}", permanent: false, transportDown: false, broken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client.IsConnected)
        {
            try
            {
                using var quit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
                await _client.DisconnectAsync(quit: true, quit.Token);
            }
            catch (Exception closing) when (IsConnectionFault(closing))
            {
                // Saying goodbye to a server that already hung up changes nothing about what was sent.
            }
        }

        _client.Dispose();
    }

    private async Task ConnectAsync(CancellationToken cancellationToken)
    {
        if (_client.IsConnected)
        {
            return;
        }

        try
        {
            await _client.ConnectAsync(options.Host!, options.Port, Security(options.Security), cancellationToken);
            if (!string.IsNullOrEmpty(options.User))
            {
                await _client.AuthenticateAsync(options.User, options.Password ?? string.Empty, cancellationToken);
            }
        }
        catch (Exception down) when ((IsConnectionFault(down) || down is AuthenticationException or SmtpCommandException) && !cancellationToken.IsCancellationRequested)
        {
            await DropAsync();
            throw new MailDeliveryException($"SMTP server {options.Host}:{options.Port} not usable: {down.Message}", permanent: false, transportDown: true, down);
        }
    }

    private async Task DropAsync()
    {
        try
        {
            await _client.DisconnectAsync(quit: false, CancellationToken.None);
        }
        catch (Exception closing) when (IsConnectionFault(closing))
        {
            // Already gone.
        }
    }

    private static bool IsConnectionFault(Exception exception) =>
        exception is IOException or SocketException or TimeoutException or OperationCanceledException
            or SmtpProtocolException or ServiceNotConnectedException or SslHandshakeException;

    private static SecureSocketOptions Security(SmtpSecurity security) => security switch
    {
        SmtpSecurity.None => SecureSocketOptions.None,
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        _ => throw new ArgumentOutOfRangeException(nameof(security), security, "Validated at start."),
    };
}
