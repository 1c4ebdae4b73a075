using System.Text.Json.Serialization;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Boona.Web.Api;

/// <summary>The HTTP API for machines: API keys, JSON with enum names, problem details, the OpenAPI document.</summary>
public static class ApiServiceCollectionExtensions
{
    public const string Prefix = "/api/v1";

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
    /// role, is required for every route, and an API key for every write (<see cref="ApiWrites"/>); an endpoint filter
    /// keeps the HTML status pages out of the answers.
    /// </summary>
    public static IEndpointRouteBuilder MapBoonaApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(Policy)
            .RequireRateLimiting(RateLimits.Api)
            .AddEndpointFilter(async (context, next) =>
            {
                if (context.HttpContext.Features.Get<Microsoft.AspNetCore.Diagnostics.IStatusCodePagesFeature>() is { } pages)
                {
                    pages.Enabled = false;
                }

                return await next(context);
            });
        api.MapTherapists();
        api.MapPatients();
        api.MapSearches();
        api.MapMatching();
        api.MapInquiries();
        endpoints.MapOpenApi("/api/{documentName}/openapi.json").RequireAuthorization(Policy).RequireRateLimiting(RateLimits.Api);
        return endpoints;
    }

    private static void Policy(Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder policy) =>
        policy.AddAuthenticationSchemes(ApiKeyDefaults.Scheme, IdentityConstants.ApplicationScheme).RequireRole(BoonaRoles.All).RequireKeyForWrites();
}
