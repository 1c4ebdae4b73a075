using Microsoft.AspNetCore.Identity;

namespace Boona.Infrastructure.Identity;

/// <summary>A coordinator's or admin's account. Therapists have no accounts.</summary>
public sealed class StaffUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Disabled accounts keep their history but cannot sign in.</summary>
    public bool IsDisabled { get; set; }

    /// <summary>
    /// The 30-second time step of the last authenticator code accepted: a code of this step or an earlier one is
    /// refused, so that a code seen over someone's shoulder (or sent twice) cannot open a second session.
    /// </summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
