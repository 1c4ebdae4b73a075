using System.Text.Json.Serialization;
using Boona.Web.Security;
using Microsoft.AspNetCore.Authentication;

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
        // Enums by name only: a number such as "salutation": 42 is refused instead of stored as a value the enum lacks.
        // Numbers as numbers only: "42" for an integer is refused like 42 for an enum (and the schema says plain integer).
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.NumberHandling = JsonNumberHandling.Strict;
        });
        services.AddProblemDetails();
        services.AddOpenApi("v1", OpenApiDescription.Configure);
        return services;
    }

    /// <summary>
    /// <c>/api/v1</c> and its OpenAPI document at <c>/api/v1/openapi.json</c>. An API key or a staff sign-in, with a staff
    /// role, is required for every route, and an API key for every write (<see cref="ApiAccess"/>); failures are problem
    /// details (<see cref="ErrorAnswers"/>).
    /// </summary>
    public static IEndpointRouteBuilder MapBoonaApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup(Prefix)
            .RequireAuthorization(ApiAccess.Require)
            .RequireRateLimiting(RateLimits.Api)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxRequestBodyBytes));
        api.MapTherapists();
        api.MapPatients();
        api.MapSearches();
        api.MapMatching();
        api.MapInquiries();
        api.MapAdmin();
        api.MapOutbox();
        api.MapCalls();
        api.MapTemplates();
        api.MapLanguages();

        endpoints.MapOpenApi("/api/{documentName}/openapi.json").RequireAuthorization(ApiAccess.Require).RequireRateLimiting(RateLimits.Api);
        return endpoints;
    }

}
