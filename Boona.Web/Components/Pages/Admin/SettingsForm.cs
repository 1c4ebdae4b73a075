using Boona.Domain.Settings;

namespace Boona.Web.Components.Pages.Admin;

/// <summary>
/// The editable copy of <see cref="OperationalSettings"/> behind the settings page. The ranges shown as help
/// are the ones <see cref="OperationalSettings.Validate"/> enforces; the domain stays the judge.
/// </summary>
public sealed class SettingsForm
{
    public static readonly IReadOnlyList<SettingField> Fields =
    [
        new("GroupInquiries", nameof(OperationalSettings.BundleSizeMax), 1, 6, f => f.BundleSizeMax, (f, v) => f.BundleSizeMax = v),
        new("GroupInquiries", nameof(OperationalSettings.RegionDigits), 1, 5, f => f.RegionDigits, (f, v) => f.RegionDigits = v),
        new("GroupInquiries", nameof(OperationalSettings.FollowUpAfterDays), 1, 60, f => f.FollowUpAfterDays, (f, v) => f.FollowUpAfterDays = v),
        new("GroupInquiries", nameof(OperationalSettings.CoolingWeeks), 0, 52, f => f.CoolingWeeks, (f, v) => f.CoolingWeeks = v),
        new("GroupInquiries", nameof(OperationalSettings.PhoneSlotMinutes), 1, 60, f => f.PhoneSlotMinutes, (f, v) => f.PhoneSlotMinutes = v),
        new("GroupAvailability", nameof(OperationalSettings.AvailabilityExpiryWeeks), 1, 104, f => f.AvailabilityExpiryWeeks, (f, v) => f.AvailabilityExpiryWeeks = v),
        new("GroupAvailability", nameof(OperationalSettings.PlanningHorizonDays), 1, 365, f => f.PlanningHorizonDays, (f, v) => f.PlanningHorizonDays = v),
        new("GroupAvailability", nameof(OperationalSettings.DefaultMaxDistanceKm), 1, 200, f => f.DefaultMaxDistanceKm, (f, v) => f.DefaultMaxDistanceKm = v),
        new("GroupEmail", nameof(OperationalSettings.EmailMaxAttempts), 1, 50, f => f.EmailMaxAttempts, (f, v) => f.EmailMaxAttempts = v),
        new("GroupEmail", nameof(OperationalSettings.EmailFirstRetryMinutes), 1, 1440, f => f.EmailFirstRetryMinutes, (f, v) => f.EmailFirstRetryMinutes = v),
        new("GroupEmail", nameof(OperationalSettings.EmailMaxRetryHours), 1, 168, f => f.EmailMaxRetryHours, (f, v) => f.EmailMaxRetryHours = v),
    ];

    public int BundleSizeMax { get; set; }

    public int RegionDigits { get; set; }

    public int FollowUpAfterDays { get; set; }

    public int CoolingWeeks { get; set; }

    public int PhoneSlotMinutes { get; set; }

    public int AvailabilityExpiryWeeks { get; set; }

    public int PlanningHorizonDays { get; set; }

    public int DefaultMaxDistanceKm { get; set; }

    public int EmailMaxAttempts { get; set; }

    public int EmailFirstRetryMinutes { get; set; }

    public int EmailMaxRetryHours { get; set; }

    public static SettingsForm From(OperationalSettings s) => new()
    {
        BundleSizeMax = s.BundleSizeMax,
        RegionDigits = s.RegionDigits,
        FollowUpAfterDays = s.FollowUpAfterDays,
        CoolingWeeks = s.CoolingWeeks,
        PhoneSlotMinutes = s.PhoneSlotMinutes,
        AvailabilityExpiryWeeks = s.AvailabilityExpiryWeeks,
        PlanningHorizonDays = s.PlanningHorizonDays,
        DefaultMaxDistanceKm = s.DefaultMaxDistanceKm,
        EmailMaxAttempts = s.EmailMaxAttempts,
        EmailFirstRetryMinutes = s.EmailFirstRetryMinutes,
        EmailMaxRetryHours = s.EmailMaxRetryHours,
    };

    public OperationalSettings ToSettings() => new()
    {
        BundleSizeMax = BundleSizeMax,
        RegionDigits = RegionDigits,
        FollowUpAfterDays = FollowUpAfterDays,
        CoolingWeeks = CoolingWeeks,
        PhoneSlotMinutes = PhoneSlotMinutes,
        AvailabilityExpiryWeeks = AvailabilityExpiryWeeks,
        PlanningHorizonDays = PlanningHorizonDays,
        DefaultMaxDistanceKm = DefaultMaxDistanceKm,
        EmailMaxAttempts = EmailMaxAttempts,
        EmailFirstRetryMinutes = EmailFirstRetryMinutes,
        EmailMaxRetryHours = EmailMaxRetryHours,
    };
}

/// <summary>One number on the settings page: its group and label (AdminTexts keys), allowed range and accessors.</summary>
public sealed record SettingField(string Group, string Name, int Min, int Max, Func<SettingsForm, int> Get, Action<SettingsForm, int> Set);
