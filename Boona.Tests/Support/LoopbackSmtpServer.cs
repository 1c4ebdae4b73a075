using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Boona.Tests.Support;

/// <summary>
/// A real SMTP server on loopback (the SmtpServer package). It keeps every message it accepted and can refuse by
/// rule: <c>answer(message, seenBefore)</c> returns the reply for a message, given how often its Message-ID arrived
/// before; null accepts.
/// </summary>
public sealed class LoopbackSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store;
    private int _sessions;

    private LoopbackSmtpServer(int port, Func<MimeMessage, int, SmtpResponse?> answer)
    {
        Port = port;
        _store = new Store(answer);
        var options = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        _server = new SmtpServer.SmtpServer(options, services);
        _server.SessionCreated += (_, _) => Interlocked.Increment(ref _sessions);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    /// <summary>SMTP sessions opened: one per delivery run when the connection is reused.</summary>
    public int Sessions => Volatile.Read(ref _sessions);

    /// <summary>Messages the server answered 250 to, in order.</summary>
    public IReadOnlyList<MimeMessage> Accepted => [.. _store.Accepted];

    /// <summary>How many times each Message-ID was accepted.</summary>
    public IReadOnlyDictionary<string, int> AcceptedPerMessageId =>
        _store.Accepted.GroupBy(m => m.MessageId ?? "").ToDictionary(g => g.Key, g => g.Count());

    public static Task<LoopbackSmtpServer> StartAsync(Func<MimeMessage, int, SmtpResponse?>? answer = null) =>
        StartAsync(FreePort(), answer);

    public static async Task<LoopbackSmtpServer> StartAsync(int port, Func<MimeMessage, int, SmtpResponse?>? answer = null)
    {
        var server = new LoopbackSmtpServer(port, answer ?? ((_, _) => null));
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>A port nothing listens on yet, for a server that is "down" until started on it.</summary>
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static SmtpResponse Reply(int code, string text) => new((SmtpReplyCode)code, text);

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await Task.WhenAny(_server.ShutdownTask, Task.Delay(TimeSpan.FromSeconds(5)));
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(1)));
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, Port, TestContext.Current.CancellationToken);
                Interlocked.Decrement(ref _sessions);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(20, TestContext.Current.CancellationToken);
            }
        }

        throw new InvalidOperationException($"The SMTP server on port {Port} did not start.");
    }

    private sealed class Store(Func<MimeMessage, int, SmtpResponse?> answer) : MessageStore
    {
        private readonly ConcurrentDictionary<string, int> _seen = new();

        public ConcurrentQueue<MimeMessage> Accepted { get; } = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            var seenBefore = _seen.AddOrUpdate(message.MessageId ?? "", 0, (_, n) => n + 1);
            if (answer(message, seenBefore) is { } refusal)
            {
                return refusal;
            }

            Accepted.Enqueue(message);
            return SmtpResponse.Ok;
        }
    }
}
