using Microsoft.AspNetCore.Identity;

namespace Boona.Infrastructure.Identity;

/// <summary>A coordinator's or admin's account. Therapists have no accounts.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Disabled accounts keep their history but cannot sign in.</summary>
    public bool IsDisabled { get; set; }
}
