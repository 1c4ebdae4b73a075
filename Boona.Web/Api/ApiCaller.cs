using System.Security.Claims;

namespace Boona.Web.Api;

/// <summary>Who acts through the API, for the records that keep the actor (access log, created by).</summary>
internal static class ApiCallerExtensions
{
    public static string ActorId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "api";

    public static string ActorName(this ClaimsPrincipal user) => user.Identity?.Name ?? "API";
}
