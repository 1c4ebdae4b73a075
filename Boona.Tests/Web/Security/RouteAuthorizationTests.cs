using System.Net;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Security;

/// <summary>
/// Every page and endpoint refuses anonymous requests unless <see cref="PublicRoutes"/> lists it. The routes are
/// enumerated at run time, so pages and endpoints added later are covered without touching this test.
/// </summary>
public sealed class RouteAuthorizationTests : IClassFixture<RouteAuthorizationTests.App>
{
    private readonly App _app;

    public RouteAuthorizationTests(App app) => _app = app;

    public static TheoryData<string> Pages => [.. AppPages.All.Select(p => p.Template)];

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task An_anonymous_request_for_a_page_is_refused_unless_the_page_is_public(string template)
    {
        using var client = StaffClient.Anonymous(_app.Factory);

        using var response = await client.GetAsync(new Uri(RouteSamples.Url(template), UriKind.Relative), Token);

        if (PublicRoutes.IsPublic(template))
        {
            Assert.False(IsRefused(response), $"{template} is public but refused an anonymous visitor.");
        }
        else
        {
            Assert.True(IsRefused(response), $"{template} answered {(int)response.StatusCode} to an anonymous request.");
        }
    }

    [Fact]
    public async Task Every_endpoint_refuses_anonymous_requests_unless_it_is_public()
    {
        using var client = StaffClient.Anonymous(_app.Factory);
        var endpoints = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        var failures = new List<string>();
        var checkedRoutes = 0;

        foreach (var endpoint in endpoints.Where(e => !PublicRoutes.IsPublic(e)))
        {
            if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            {
                failures.Add($"{endpoint.RoutePattern.RawText} allows anonymous access but is not in PublicRoutes.");
            }

            foreach (var method in endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"])
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), RouteSamples.Url(endpoint.RoutePattern.RawText ?? "/"));
                using var response = await client.SendAsync(request, Token);
                checkedRoutes++;
                if (!IsRefused(response))
                {
                    failures.Add($"{method} {endpoint.RoutePattern.RawText} answered {(int)response.StatusCode} to an anonymous request.");
                }
            }
        }

        Assert.Empty(failures);
        Assert.True(checkedRoutes > 5, $"Only {checkedRoutes} protected routes were found: the enumeration is broken.");
    }

    public static TheoryData<string> AdminPages => [.. Pages.Select(p => p.Data).Where(t => t.StartsWith("/admin", StringComparison.OrdinalIgnoreCase))];

    [Theory]
    [MemberData(nameof(AdminPages))]
    public async Task Every_admin_page_refuses_a_coordinator(string template)
    {
        var email = await StaffAccounts.CreateAsync(_app.Factory, BoonaRoles.Coordinator);
        using var client = await StaffClient.SignedInAsync(_app.Factory, email, StaffAccounts.Password);

        using var response = await client.GetAsync(new Uri(RouteSamples.Url(template), UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SecurityServiceCollectionExtensions.AccessDeniedPath, response.Headers.Location?.AbsolutePath);
    }

    [Fact]
    public void Every_public_route_exists()
    {
        var patterns = _app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => "/" + e.RoutePattern.RawText?.TrimStart('/'))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.All(PublicRoutes.All, route => Assert.Contains(route, patterns));
    }

    [Fact]
    public async Task Static_assets_and_the_sign_in_page_stay_reachable_without_an_account()
    {
        using var client = StaffClient.Anonymous(_app.Factory);

        using var signIn = await client.GetAsync(new Uri(PublicRoutes.SignIn, UriKind.Relative), Token);
        using var css = await client.GetAsync(new Uri("/app.css", UriKind.Relative), Token);
        using var script = await client.GetAsync(new Uri("/_framework/blazor.web.js", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }

    private static bool IsRefused(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Unauthorized
        || (response.StatusCode == HttpStatusCode.Redirect
            && response.Headers.Location?.AbsolutePath.Equals(PublicRoutes.SignIn, StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>One app for the whole class: the routes do not change between tests.</summary>
    public sealed class App : IAsyncDisposable
    {
        public BoonaAppFactory Factory { get; } = new(seedDemoData: false);

        public IServiceProvider Services => Factory.Services;

        public ValueTask DisposeAsync() => Factory.DisposeAsync();
    }
}
