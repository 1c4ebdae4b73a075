using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Boona.Web.Api;

namespace Boona.Tests.Web.Security;

/// <summary>The headers a Production-configured app sends, and problem details instead of HTML for the API.</summary>
public sealed partial class HttpHeadersTests
{
    [Fact]
    public async Task Every_page_carries_a_nonce_based_policy_and_the_other_security_headers()
    {
        await using var app = ProductionApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://boona.example") });

        using var response = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);
        var html = await response.Content.ReadAsStringAsync(Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var policy = Header(response, "Content-Security-Policy");
        var nonce = NoncePattern().Match(policy);
        Assert.True(nonce.Success, policy);
        Assert.Equal(nonce.Groups[1].Value, System.Net.WebUtility.HtmlDecode(ImportMapNoncePattern().Match(html).Groups[1].Value));
        Assert.DoesNotContain("unsafe-eval", policy, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
        Assert.Contains("object-src 'none'", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("camera=()", Header(response, "Permissions-Policy"), StringComparison.Ordinal);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.StartsWith("max-age=", Header(response, "Strict-Transport-Security"), StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Server"));
    }

    [Fact]
    public async Task Each_answer_gets_a_fresh_nonce()
    {
        await using var app = ProductionApp();
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        using var first = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);
        using var second = await client.GetAsync(new Uri("/account/sign-in", UriKind.Relative), Token);

        Assert.NotEqual(NoncePattern().Match(Header(first, "Content-Security-Policy")).Value, NoncePattern().Match(Header(second, "Content-Security-Policy")).Value);
    }

    [Fact]
    public async Task Api_answers_carry_no_store_and_the_server_stays_unnamed()
    {
        await using var api = new ApiApp();
        using var client = api.Client(await api.NewKeyAsync());

        using var response = await client.GetAsync(new Uri("/api/v1/patients", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
    }

    [Theory]
    [InlineData(null, "/api/v1/patients", HttpStatusCode.Unauthorized)]
    [InlineData("key", "/api/v1/no-such-thing", HttpStatusCode.NotFound)]
    [InlineData(null, "/api/v1/no-such-thing", HttpStatusCode.Unauthorized)]
    public async Task Api_failures_are_problem_details_never_the_html_page(string? key, string path, HttpStatusCode expected)
    {
        await using var api = new ApiApp();
        using var client = api.Client(key is null ? null : await api.NewKeyAsync());

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("<html", await response.Content.ReadAsStringAsync(Token), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_request_body_over_the_limit_is_answered_413_as_problem_details()
    {
        // Only a real server enforces the body limit; the in-memory test server reads whatever it gets.
        await using var api = new ApiApp();
        using var client = KestrelHost.Client(api.Factory.StartOnLoopback());
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, await api.NewKeyAsync());
        var body = "{\"lastName\":\"" + new string('x', 2 * 1024 * 1024) + "\"}";

        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        using var response = await client.PostAsync(new Uri("/api/v1/patients", UriKind.Relative), content, Token);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await api.ReadAsync(c => Task.FromResult(c.Patients.Count())));
    }

    private static BoonaAppFactory ProductionApp() => new(
        seedDemoData: false,
        settings: new Dictionary<string, string>
        {
            ["Bootstrap:AdminEmail"] = "chef@praxis.example",
            ["Bootstrap:AdminPassword"] = "ein-langes-Passwort-2026",
            ["Jobs:Enabled"] = "false",
        },
        environment: "Production");

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values)
            ? string.Join(", ", values)
            : string.Empty;

    [GeneratedRegex("'nonce-([^']+)'")]
    private static partial Regex NoncePattern();

    [GeneratedRegex("<script type=\"importmap\" nonce=\"([^\"]+)\"")]
    private static partial Regex ImportMapNoncePattern();
}
