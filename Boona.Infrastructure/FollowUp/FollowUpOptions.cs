namespace Boona.Infrastructure.FollowUp;

/// <summary>Configuration section <c>FollowUp</c>.</summary>
public sealed class FollowUpOptions
{
    public const string Section = "FollowUp";

    /// <summary>The coordinator (sign-in e-mail) a follow-up call belongs to when its inquiry names nobody who built it.</summary>
    public string? DefaultCoordinator { get; set; }
}
