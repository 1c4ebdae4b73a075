using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Boona.Tests.Support;

/// <summary>One request as the server saw it: when it arrived (monotonic), its path and query, its User-Agent.</summary>
public sealed record ReceivedRequest(TimeSpan ArrivedAt, string PathAndQuery, string UserAgent);

/// <summary>
/// A real HTTP server on 127.0.0.1 with a random port, answering with the test's handler and recording
/// every arrival — the stand-in for the public internet (Nominatim, OSRM, GeoNames downloads).
/// </summary>
public sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();

    private LoopbackHttpServer(Func<HttpContext, int, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _app = builder.Build();
        _app.Run(async context =>
        {
            _requests.Enqueue(new ReceivedRequest(_clock.Elapsed, context.Request.Path + context.Request.QueryString, context.Request.Headers.UserAgent.ToString()));
            await handler(context, _requests.Count);
        });
    }

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<ReceivedRequest> Requests => [.. _requests];

    /// <param name="handler">Answers a request; gets the 1-based number of the request.</param>
    public static async Task<LoopbackHttpServer> StartAsync(Func<HttpContext, int, Task> handler)
    {
        var server = new LoopbackHttpServer(handler);
        await server._app.StartAsync(TestContext.Current.CancellationToken);
        var address = server._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.BaseUrl = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        return server;
    }

    public static Task WriteJsonAsync(HttpContext context, string json, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(json);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
