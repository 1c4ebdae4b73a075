using Microsoft.AspNetCore.Authorization;

namespace Boona.Web.Security;

/// <summary>
/// The one list of routes that anonymous visitors may reach. Everything else requires a staff role
/// (the fallback policy). A route pattern listed here is opened by <see cref="AllowAnonymousWhenPublic"/>;
/// <c>RouteAuthorizationTests</c> proves that no other route lets an anonymous request through.
/// </summary>
public static class PublicRoutes
{
    public const string SignIn = "/account/sign-in";

    /// <summary>The second step of a sign-in with an authenticator app; only reachable with the first step's cookie.</summary>
    public const string SignInCode = "/account/sign-in/code";

    private static readonly HashSet<string> Patterns = new(StringComparer.OrdinalIgnoreCase)
    {
        SignIn,
        SignInCode,
        "/culture",
        "/Error",
        "/not-found",
    };

    public static IReadOnlyCollection<string> All => Patterns;

    /// <summary>True for a listed route pattern, and for static assets (css, scripts, fonts) which hold no data.</summary>
    public static bool IsPublic(Endpoint endpoint) =>
        endpoint.Metadata.GetMetadata<StaticAsset>() is not null
        || (endpoint is RouteEndpoint route && IsPublic(route.RoutePattern.RawText));

    public static bool IsPublic(string? pattern) => pattern is not null && Patterns.Contains("/" + pattern.TrimStart('/'));

    /// <summary>Marks everything <c>MapStaticAssets</c> serves as anonymous.</summary>
    public static TBuilder AllowAnonymousAssets<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            endpoint.Metadata.Add(new AllowAnonymousAttribute());
            endpoint.Metadata.Add(new StaticAsset());
        });
        return builder;
    }

    /// <summary>Applied to every group of endpoints the app maps: marks the listed ones anonymous.</summary>
    public static TBuilder AllowAnonymousWhenPublic<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint is RouteEndpointBuilder route && IsPublic(route.RoutePattern.RawText))
            {
                endpoint.Metadata.Add(new AllowAnonymousAttribute());
            }
        });
        return builder;
    }

    /// <summary>Endpoint metadata naming a static asset, so the route test can tell assets from pages.</summary>
    public sealed class StaticAsset;
}
