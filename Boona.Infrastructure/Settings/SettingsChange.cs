namespace Boona.Infrastructure.Settings;

/// <summary>
/// An admin's change of the operational settings: values by setting name (those not given keep theirs) and, from a
/// form or an API client that read them first, the version it read so that a concurrent change is not overwritten.
/// </summary>
public sealed record SettingsChange(IReadOnlyDictionary<string, int>? Values, int? Version = null);

/// <summary>The settings in force, with who changed them last; <see cref="Version"/> is 0 until the first save.</summary>
public sealed record StoredSettings(Boona.Domain.Settings.OperationalSettings Values, int Version, DateTimeOffset? UpdatedAt, string? UpdatedBy);
