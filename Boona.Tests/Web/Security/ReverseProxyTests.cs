using System.Net;
using System.Text.RegularExpressions;
using Boona.Tests.Support;

namespace Boona.Tests.Web.Security;

/// <summary>
/// A Production app on Kestrel behind a TLS proxy on loopback: the proxy's <c>X-Forwarded-Proto: https</c> makes the
/// sign-in cookie Secure and brings HSTS; plain HTTP is redirected; a proxy that is not configured is not believed.
/// </summary>
public sealed partial class ReverseProxyTests
{
    private const string AdminEmail = "chef@praxis.example";
    private const string AdminPassword = "ein-langes-Passwort-2026";

    [Fact]
    public async Task Behind_a_tls_proxy_the_sign_in_cookie_is_secure_and_hsts_is_sent()
    {
        await using var app = Start(out var client);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var form = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);
        using var signedIn = await PostSignInAsync(client, form);

        Assert.Equal(HttpStatusCode.OK, form.StatusCode);
        Assert.True(form.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("Boona.Auth=", StringComparison.Ordinal));
        Assert.Contains("secure", authCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", authCookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Plain_http_is_redirected_to_https()
    {
        await using var app = Start(out var client);

        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.Equal("https", response.Headers.Location?.Scheme);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task A_forwarded_scheme_from_a_proxy_that_is_not_configured_is_ignored()
    {
        await using var app = Start(out var client, ["10.9.8.7"]);
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");

        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, response.StatusCode);
        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static BoonaAppFactory Start(out HttpClient client, string[]? knownProxies = null)
    {
        var settings = new Dictionary<string, string>
        {
            ["Bootstrap:AdminEmail"] = AdminEmail,
            ["Bootstrap:AdminPassword"] = AdminPassword,
            ["Jobs:Enabled"] = "false",
            ["https_port"] = "8443",
        };
        for (var i = 0; i < (knownProxies?.Length ?? 0); i++)
        {
            settings[$"ReverseProxy:KnownProxies:{i}"] = knownProxies![i];
        }

        var app = new BoonaAppFactory(seedDemoData: false, settings, environment: "Production");
        client = KestrelHost.Client(app.StartOnLoopback());

        // HSTS is never sent for localhost (a developer's browser would remember it): the proxy forwards a real name.
        client.DefaultRequestHeaders.Host = "boona.example";
        return app;
    }

    /// <summary>The sign-in form by hand: the antiforgery cookie is Secure here, which a cookie jar would not send over http.</summary>
    private static async Task<HttpResponseMessage> PostSignInAsync(HttpClient client, HttpResponseMessage form)
    {
        var html = await form.Content.ReadAsStringAsync(Token);
        var cookies = string.Join("; ", form.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/account/sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = WebUtility.HtmlDecode(TokenPattern().Match(html).Groups[1].Value),
                ["_handler"] = "sign-in",
                ["Model.Email"] = AdminEmail,
                ["Model.Password"] = AdminPassword,
            }),
        };
        request.Headers.Add("Cookie", cookies);
        return await client.SendAsync(request, Token);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
