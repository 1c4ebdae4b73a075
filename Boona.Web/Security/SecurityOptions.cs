using System.ComponentModel.DataAnnotations;

namespace Boona.Web.Security;

/// <summary>Section <c>Security</c>: how hard repeated wrong passwords are punished.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Wrong passwords in a row before the account is locked.</summary>
    [Range(1, 100)]
    public int MaxFailedAttempts { get; set; } = 5;

    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;
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
