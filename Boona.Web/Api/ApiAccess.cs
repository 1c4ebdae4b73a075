using System.Security.Claims;
using Boona.Infrastructure.ApiKeys;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Api;

/// <summary>
/// Who may call what. Reads: a staff member signed in, or a key of scope <see cref="ApiKeyScope.Read"/> or more.
/// Writes: a key of scope <see cref="ApiKeyScope.Coordinator"/> or more, never the sign-in cookie — CSRF: a browser
/// sends the cookie with a form posted from any page of the same site (another port of the same host is same-site, so
/// SameSite=Lax does not help), and the UI never calls the API over HTTP (its pages call the use cases in-process), so
/// the writes have no use for the cookie; a key is nothing another page can make a browser send. A
/// <see cref="ApiKeyScope.Registration"/> key (the public website) reads nothing. Admin-only endpoints add the Admin role.
/// </summary>
internal static class ApiAccess
{
    public static void Require(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme, IdentityConstants.ApplicationScheme)
            .RequireAuthenticatedUser()
            .RequireAssertion(context => context.Resource is HttpContext http && Allows(context.User, http.Request.Method));

    /// <summary>The admin endpoints (settings, jobs): on top of <see cref="Require"/>, an admin sign-in or an admin key.</summary>
    public static void RequireAdmin(AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme, IdentityConstants.ApplicationScheme).RequireRole(BoonaRoles.Admin);

    private static bool Allows(ClaimsPrincipal user, string method)
    {
        var isRead = HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);
        if (ScopeOf(user) is { } scope)
        {
            return scope >= (isRead ? ApiKeyScope.Read : ApiKeyScope.Coordinator);
        }

        return isRead && BoonaRoles.All.Any(user.IsInRole);
    }

    private static ApiKeyScope? ScopeOf(ClaimsPrincipal user) =>
        user.Identities.FirstOrDefault(i => i.IsAuthenticated && i.AuthenticationType == ApiKeyDefaults.Scheme)?.FindFirst(ApiKeyDefaults.ScopeClaim) is { } claim
        && Enum.TryParse<ApiKeyScope>(claim.Value, out var scope)
            ? scope
            : null;
}
