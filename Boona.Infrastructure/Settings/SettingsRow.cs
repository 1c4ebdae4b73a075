using Boona.Domain.Settings;

namespace Boona.Infrastructure.Settings;

/// <summary>The single stored row of operational settings; absent until an admin first saves.</summary>
public sealed class SettingsRow
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;

    public OperationalSettings Values { get; set; } = OperationalSettings.Defaults;

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }

    public int Version { get; set; }
}
