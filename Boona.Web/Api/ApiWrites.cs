using Microsoft.AspNetCore.Authorization;

namespace Boona.Web.Api;

/// <summary>
/// CSRF: a browser sends the sign-in cookie with a form posted from any page of the same site (another port of the
/// same host is same-site, so SameSite=Lax does not help), and that form can resume or start a search. The UI never
/// calls the API over HTTP — its pages call the use cases in-process — so the API's writes have no use for the cookie:
/// they need an API key, which no other page can make a browser send. Reads still take the staff cookie (an admin
/// looking at the OpenAPI document or a JSON answer); another origin cannot read the answer without CORS, which the
/// app does not allow.
/// </summary>
internal static class ApiWrites
{
    public static void RequireKeyForWrites(this AuthorizationPolicyBuilder policy) =>
        policy.RequireAssertion(context => context.Resource is HttpContext http && (IsSafe(http.Request.Method) || HasKey(context)));

    private static bool IsSafe(string method) => HttpMethods.IsGet(method) || HttpMethods.IsHead(method) || HttpMethods.IsOptions(method);

    private static bool HasKey(AuthorizationHandlerContext context) =>
        context.User.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ApiKeyDefaults.Scheme);
}
