using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Boona.Tests.Support;

/// <summary>
/// An SMTP server on loopback that speaks the protocol up to DATA, reads the first bytes of the message and then
/// hangs up: the connection lost mid-message that no library server offers on purpose.
/// </summary>
public sealed class DroppingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _serving;
    private int _dropped;

    public DroppingSmtpServer(int port)
    {
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        _serving = ServeAsync(_stop.Token);
    }

    /// <summary>Messages cut off after DATA.</summary>
    public int Dropped => Volatile.Read(ref _dropped);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await Task.WhenAny(_serving, Task.Delay(TimeSpan.FromSeconds(2)));
        _stop.Dispose();
    }

    private async Task ServeAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(stop);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            using (client)
            {
                await SpeakUntilDataAsync(client, stop);
            }
        }
    }

    private async Task SpeakUntilDataAsync(TcpClient client, CancellationToken stop)
    {
        try
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII, leaveOpen: true);
            await using var writer = new StreamWriter(stream, Encoding.ASCII, leaveOpen: true) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 localhost ESMTP");
            while (await reader.ReadLineAsync(stop) is { } line)
            {
                var command = line.Split(' ')[0].ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250 localhost");
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 go ahead");
                        var buffer = new char[64];
                        await reader.ReadAsync(buffer, stop);
                        Interlocked.Increment(ref _dropped);
                        client.Client.LingerState = new LingerOption(true, 0);
                        return;
                    case "QUIT":
                        await writer.WriteLineAsync("221 bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 ok");
                        break;
                }
            }
        }
        catch (IOException)
        {
            // The client gave up first.
        }
    }
}
