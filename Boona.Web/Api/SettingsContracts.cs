using Boona.Domain.Settings;
using Boona.Infrastructure.Settings;

namespace Boona.Web.Api;

/// <summary>The operational settings in force: each value by its camelCase name, the version to send back, and the ranges.</summary>
public sealed record SettingsDto(int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy, IReadOnlyDictionary<string, int> Values, IReadOnlyList<SettingDto> Settings)
{
    public static SettingsDto From(StoredSettings stored) => new(
        stored.Version,
        stored.UpdatedAt,
        stored.UpdatedBy,
        stored.Values.ToValues().ToDictionary(v => ApiProblems.JsonName(v.Key), v => v.Value),
        [.. OperationalSettings.All.Select(s => new SettingDto(ApiProblems.JsonName(s.Name), s.Group, s.Min, s.Max, s.Default))]);
}

/// <summary>One setting's allowed range and the business's default.</summary>
public sealed record SettingDto(string Name, SettingGroup Group, int Min, int Max, int Default);

/// <summary>Values to change by camelCase name (the others keep theirs), and the version read, refused when stale.</summary>
public sealed record SettingsPatch(int? Version, IReadOnlyDictionary<string, int>? Values)
{
    /// <summary>The use case's input; names back in the domain's spelling.</summary>
    public SettingsChange ToChange() =>
        new(Values?.ToDictionary(v => v.Key.Length == 0 ? v.Key : char.ToUpperInvariant(v.Key[0]) + v.Key[1..], v => v.Value), Version);
}
