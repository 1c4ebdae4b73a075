namespace Boona.Domain.Settings;

/// <summary>Which part of the work a setting tunes; the settings page groups by it.</summary>
public enum SettingGroup
{
    Inquiries,
    Availability,
    Email,
    FollowUp,
}

/// <summary>
/// One number of <see cref="OperationalSettings"/>: its name (the property's), group, allowed range, and how to read and
/// replace it. <see cref="OperationalSettings.All"/> lists each once; the validation, the settings page and the API read
/// that list instead of naming the settings again.
/// </summary>
public sealed record OperationalSetting(
    string Name,
    SettingGroup Group,
    int Min,
    int Max,
    Func<OperationalSettings, int> Read,
    Func<OperationalSettings, int, OperationalSettings> With)
{
    public int Default => Read(OperationalSettings.Defaults);

    public bool Allows(int value) => value >= Min && value <= Max;
}
