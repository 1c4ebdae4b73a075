namespace Boona.Web.Security;

/// <summary>
/// The staff roles. Every page and endpoint requires one of them unless it is listed in
/// <see cref="PublicRoutes"/>; admin-only pages say <c>[Authorize(Roles = BoonaRoles.Admin)]</c>.
/// </summary>
public static class BoonaRoles
{
    public const string Admin = "Admin";

    public const string Coordinator = "Coordinator";

    /// <summary>Name of the policy every staff page and endpoint falls back to: signed in with any staff role.</summary>
    public const string StaffPolicy = "Staff";

    public static readonly IReadOnlyList<string> All = [Coordinator, Admin];
}
