using System.Security.Claims;
using Boona.Infrastructure.Patients;

namespace Boona.Web.Security;

/// <summary>Who acts, a staff member or an API key, for the records that keep the actor (access log, created by).</summary>
public static class Actor
{
    public static string ActorId(this ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "anonymous";

    /// <summary>A staff member's e-mail, or <c>API: &lt;key name&gt;</c> for a key.</summary>
    public static string ActorName(this ClaimsPrincipal user) => user.Identity?.Name ?? user.ActorId();

    public static PatientAccessor AsPatientAccessor(this ClaimsPrincipal user) => new(user.ActorId(), user.ActorName());
}
