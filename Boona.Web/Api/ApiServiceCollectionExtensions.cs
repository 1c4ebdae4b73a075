using System.Text.Json.Serialization;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Api;

/// <summary>The HTTP API for machines: API keys, JSON with enum names, problem details, the OpenAPI document.</summary>
public static class ApiServiceCollectionExtensions
{
    public const string Prefix = "/api/v1";

    /// <summary>The most a request body to the API may hold; a larger one is answered 413 before it is read.</summary>
    public const long MaxRequestBodyBytes = 1024 * 1024;

    public static bool IsApiRequest(HttpContext context) => context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    public static IServiceCollection AddBoonaApi(this IServiceCollection services)
    {
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(ApiKeyDefaults.Scheme, null);
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddProblemDetails();
        services.AddOpenApi("v1", o => o.ShouldInclude = d => d.RelativePath?.StartsWith(Prefix[1..], StringComparison.Ordinal) == true);
        return services;
    }

    /// <summary>
    /// <c>/api/v1</c> and its OpenAPI document at <c>/api/v1/openapi.json</c>. An API key or a staff sign-in, with a staff
    /// role, is required for every route, and an API key for every write (<see cref="ApiWrites"/>); failures are problem
    /// details (<see cref="ErrorAnswers"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapBoonaApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(Policy)
            .RequireRateLimiting(RateLimits.Api)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBodyBytes));
        api.MapTherapists();
        api.MapPatients();
        api.MapSearches();
        api.MapMatching();
        api.MapInquiries();

        // An unknown route under the API is a 404 for a caller with a key too (the fallback policy only reads the cookie).
        // Order 1: every other route, the OpenAPI document included, is matched before this one.
        api.Map("/{**path}", () => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: "There is no such route in this API."))
            .ExcludeFromDescription()
            .Add(endpoint => ((RouteEndpointBuilder)endpoint).Order = 1);
        endpoints.MapOpenApi("/api/{documentName}/openapi.json").RequireAuthorization(Policy).RequireRateLimiting(RateLimits.Api);
        return endpoints;
    }

    private static void Policy(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme, IdentityConstants.ApplicationScheme).RequireRole(BoonaRoles.All).RequireKeyForWrites();
}
