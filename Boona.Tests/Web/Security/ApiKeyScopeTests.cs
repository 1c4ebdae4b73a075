using System.Net;
using System.Text;
using Boona.Infrastructure.ApiKeys;
using Boona.Tests.Web.Api;
using Boona.Web.Api;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Security;

/// <summary>
/// A key does what its scope says on every endpoint of the API, enumerated from the app: a website key reads no
/// health record, a read key changes nothing.
/// </summary>
public sealed class ApiKeyScopeTests
{
    [Fact]
    public async Task A_registration_key_is_refused_on_every_read_and_every_write()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Website", ApiKeyScope.Registration));

        foreach (var (method, path, _) in Endpoints(app))
        {
            using var response = await SendAsync(client, method, path);

            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_read_key_reads_but_every_write_is_refused()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Auswertung", ApiKeyScope.Read));

        foreach (var (method, path, adminOnly) in Endpoints(app))
        {
            using var response = await SendAsync(client, method, path);

            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
            Assert.True(refused == (method != "GET" || adminOnly), $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_coordinator_key_reads_and_writes()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Integration", ApiKeyScope.Coordinator));

        foreach (var (method, path, adminOnly) in Endpoints(app))
        {
            using var response = await SendAsync(client, method, path);

            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized;
            Assert.True(refused == adminOnly, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task An_admin_key_reaches_every_endpoint()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));

        foreach (var (method, path, _) in Endpoints(app))
        {
            using var response = await SendAsync(client, method, path);

            Assert.False(response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    /// <summary>
    /// Every route of the API with its methods, ids filled with 1 (no such record: authorization comes first), and
    /// whether its policy asks for the Admin role.
    /// </summary>
    private static List<(string Method, string Path, bool AdminOnly)> Endpoints(ApiApp app)
    {
        var endpoints = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => ("/" + e.RoutePattern.RawText!.TrimStart('/')).StartsWith(ApiServiceCollectionExtensions.Prefix + "/", StringComparison.Ordinal))
            .SelectMany(e => (e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? ["GET"])
                .Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'), IsAdminOnly(e))))
            .Where(e => !e.Item2.Contains("openapi", StringComparison.Ordinal))
            .Select(e => (e.Item1, System.Text.RegularExpressions.Regex.Replace(e.Item2, "\\{(id|[a-zA-Z]*Id)(:int)?\\}", "1")
                .Replace("{region}", "50", StringComparison.Ordinal).Replace("{name}", "no-such-job", StringComparison.Ordinal)
                .Replace("{kind}", "Inquiry", StringComparison.Ordinal).Replace("{number:int}", "1", StringComparison.Ordinal), e.Item3))
            .Distinct()
            .ToList();
        Assert.True(endpoints.Count(e => e.Item1 != "GET") >= 8, $"Only {endpoints.Count} endpoints found: the enumeration is broken.");
        Assert.Contains(endpoints, e => e.Item3);
        return endpoints;
    }

    private static bool IsAdminOnly(Endpoint endpoint) =>
        endpoint.Metadata.GetOrderedMetadata<AuthorizationPolicy>()
            .SelectMany(p => p.Requirements.OfType<RolesAuthorizationRequirement>())
            .Any(r => r.AllowedRoles.Contains(BoonaRoles.Admin));

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Url(path));
        if (method != "GET")
        {
            request.Content = new StringContent("{}", Encoding.UTF8, "application/json");
        }

        return await client.SendAsync(request, Token);
    }
}
