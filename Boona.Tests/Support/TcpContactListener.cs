using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Boona.Tests.Support;

/// <summary>
/// A raw TCP listener on 127.0.0.1 that counts every connection — also one that never sends a request, such
/// as a TLS handshake — and answers each with an HTTP response carrying <see cref="Secret"/>: the stand-in for
/// a service on the server's loopback that an admin-given URL must never reach.
/// </summary>
public sealed class TcpContactListener : IAsyncDisposable
{
    public const string Secret = "internal-service-secret-4711";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private int _contacts;

    private TcpContactListener()
    {
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Contacts => Volatile.Read(ref _contacts);

    public static TcpContactListener Start() => new();

    /// <summary>A loopback port with nothing listening (taken from the system, then released).</summary>
    public static int ClosedPort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting.ContinueWith(_ => { }, TaskScheduler.Default);
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        var answer = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: {Secret.Length}\r\nConnection: close\r\n\r\n{Secret}");
        while (!_stop.IsCancellationRequested)
        {
            using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
            Interlocked.Increment(ref _contacts);
            try
            {
                await client.GetStream().WriteAsync(answer, _stop.Token);
            }
            catch (IOException)
            {
                // The caller hung up first; the contact is counted all the same.
            }
        }
    }
}
