namespace Boona.Infrastructure.ApiKeys;

/// <summary>Section <c>ApiKeys</c>.</summary>
public sealed class ApiKeyOptions
{
    public const string Section = "ApiKeys";

    public static readonly TimeSpan LongestLifetime = TimeSpan.FromDays(3650);

    /// <summary>How long a new key works (<c>d.hh:mm:ss</c>); then an admin makes a new one. Default: a year.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromDays(365);
}
