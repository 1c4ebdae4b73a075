using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Support;

/// <summary>
/// The app on real Kestrel (loopback, a free port) instead of the in-memory test server, for what only a real
/// server does: request body limits, client addresses, a browser.
/// </summary>
public static class KestrelHost
{
    /// <summary>Starts the server and returns its address, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public static Uri StartOnLoopback(this WebApplicationFactory<Program> app)
    {
        app.UseKestrel(0);
        app.StartServer();
        return new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>A plain client of the started server: no redirects followed, cookies only when sent by hand.</summary>
    public static HttpClient Client(Uri address) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
}
