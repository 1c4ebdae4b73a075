using System.ComponentModel.DataAnnotations;

namespace Boona.Web.Security;

/// <summary>Section <c>Security</c>: how hard repeated wrong passwords are punished, and how soon an open page notices a session that ended.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// How often an open page (a circuit, which lives for hours) checks that its session still holds: after a sign-out
    /// elsewhere, a disabled account or a changed password it goes to the sign-in page within this time.
    /// </summary>
    [Range(1, 60 * 60)]
    public int CircuitRevalidationSeconds { get; set; } = 60;
}

/// <summary>Section <c>Bootstrap</c>: the first admin of a production database, created only while no admin exists.</summary>
public sealed class BootstrapOptions
{
    public const string Section = "Bootstrap";

    [EmailAddress]
    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(AdminEmail) && !string.IsNullOrWhiteSpace(AdminPassword);
}
