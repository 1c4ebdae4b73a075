using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace Boona.Benchmarks.Outbox;

/// <summary>A loopback SMTP server (the SmtpServer package) that counts messages per Message-ID and refuses a share with 451.</summary>
public sealed class CountingSmtpServer : IAsyncDisposable
{
    private readonly SmtpServer.SmtpServer _server;
    private readonly Task _running;
    private readonly Store _store;

    public CountingSmtpServer(double refusedShare, int seed)
    {
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }

        _store = new Store(refusedShare, seed);
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, Port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(_store);
        services.Add(new NoDelayListenerFactory());
        _server = new SmtpServer.SmtpServer(options, services);
        _running = _server.StartAsync(CancellationToken.None);
    }

    public int Port { get; }

    public IReadOnlyDictionary<string, int> AcceptedPerMessageId => _store.Accepted;

    public int Refused => _store.RefusedCount;

    public async ValueTask DisposeAsync()
    {
        _server.Shutdown();
        await Task.WhenAny(_server.ShutdownTask, Task.Delay(TimeSpan.FromSeconds(5)));
        await Task.WhenAny(_running, Task.Delay(TimeSpan.FromSeconds(1)));
    }

    private sealed class Store(double refusedShare, int seed) : MessageStore
    {
        private readonly Random _random = new(seed);
        private readonly Lock _gate = new();
        private int _refused;

        public ConcurrentDictionary<string, int> Accepted { get; } = new();

        public int RefusedCount => Volatile.Read(ref _refused);

        public override Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            bool refuse;
            lock (_gate)
            {
                refuse = _random.NextDouble() < refusedShare;
            }

            if (refuse)
            {
                Interlocked.Increment(ref _refused);
                return Task.FromResult(new SmtpResponse((SmtpReplyCode)451, "4.3.0 Try again later"));
            }

            using var stream = new MemoryStream(buffer.ToArray());
            var headers = HeaderList.Load(stream, cancellationToken);
            Accepted.AddOrUpdate(headers[HeaderId.MessageId] ?? string.Empty, 1, (_, n) => n + 1);
            return Task.FromResult(SmtpResponse.Ok);
        }
    }
}
