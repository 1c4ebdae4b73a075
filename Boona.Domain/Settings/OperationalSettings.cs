using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Outreach;

namespace Boona.Domain.Settings;

/// <summary>
/// The operational parameters admins change at run time. The initial values are the business's starting values
/// (<see cref="Defaults"/>); <see cref="All"/> states each setting's range once.
/// </summary>
public sealed record OperationalSettings
{
    public static OperationalSettings Defaults { get; } = new();

    /// <summary>Every setting with its range, in the order the settings page shows them.</summary>
    public static IReadOnlyList<OperationalSetting> All { get; } =
    [
        new(nameof(BundleSizeMax), SettingGroup.Inquiries, 1, Inquiry.AbsoluteMaxBundleSize, s => s.BundleSizeMax, (s, v) => s with { BundleSizeMax = v }),
        new(nameof(RegionDigits), SettingGroup.Inquiries, 1, PostalCode.Length, s => s.RegionDigits, (s, v) => s with { RegionDigits = v }),
        new(nameof(FollowUpAfterDays), SettingGroup.Inquiries, 1, 60, s => s.FollowUpAfterDays, (s, v) => s with { FollowUpAfterDays = v }),
        new(nameof(CoolingWeeks), SettingGroup.Inquiries, 0, 52, s => s.CoolingWeeks, (s, v) => s with { CoolingWeeks = v }),
        new(nameof(PhoneSlotMinutes), SettingGroup.Inquiries, 1, 60, s => s.PhoneSlotMinutes, (s, v) => s with { PhoneSlotMinutes = v }),
        new(nameof(AvailabilityExpiryWeeks), SettingGroup.Availability, 1, 104, s => s.AvailabilityExpiryWeeks, (s, v) => s with { AvailabilityExpiryWeeks = v }),
        new(nameof(PlanningHorizonDays), SettingGroup.Availability, 1, 365, s => s.PlanningHorizonDays, (s, v) => s with { PlanningHorizonDays = v }),
        new(nameof(DefaultMaxDistanceKm), SettingGroup.Availability, Distance.MinKm, Distance.MaxKm, s => s.DefaultMaxDistanceKm, (s, v) => s with { DefaultMaxDistanceKm = v }),
        new(nameof(EmailMaxAttempts), SettingGroup.Email, 1, 50, s => s.EmailMaxAttempts, (s, v) => s with { EmailMaxAttempts = v }),
        new(nameof(EmailFirstRetryMinutes), SettingGroup.Email, 1, 1440, s => s.EmailFirstRetryMinutes, (s, v) => s with { EmailFirstRetryMinutes = v }),
        new(nameof(EmailMaxRetryHours), SettingGroup.Email, 1, 168, s => s.EmailMaxRetryHours, (s, v) => s with { EmailMaxRetryHours = v }),
        new(nameof(FollowUpReminder), SettingGroup.FollowUp, 0, 1, s => s.FollowUpReminder, (s, v) => s with { FollowUpReminder = v }),
        new(nameof(CallAfterReminderDays), SettingGroup.FollowUp, 1, 30, s => s.CallAfterReminderDays, (s, v) => s with { CallAfterReminderDays = v }),
        new(nameof(CallAttemptsMax), SettingGroup.FollowUp, 1, 10, s => s.CallAttemptsMax, (s, v) => s with { CallAttemptsMax = v }),
        new(nameof(CallHourWithoutPhoneHours), SettingGroup.FollowUp, 6, 20, s => s.CallHourWithoutPhoneHours, (s, v) => s with { CallHourWithoutPhoneHours = v }),
        new(nameof(CoolingAfterReachedCall), SettingGroup.FollowUp, 0, 1, s => s.CoolingAfterReachedCall, (s, v) => s with { CoolingAfterReachedCall = v }),
    ];

    /// <summary>Most patients in one inquiry; may only lower the business's hard limit.</summary>
    public int BundleSizeMax { get; init; } = Inquiry.AbsoluteMaxBundleSize;

    /// <summary>Leading postal-code digits that form a region.</summary>
    public int RegionDigits { get; init; } = 2;

    /// <summary>Days without an answer before a follow-up call is planned.</summary>
    public int FollowUpAfterDays { get; init; } = 7;

    /// <summary>Weeks a therapist is left alone after any answer.</summary>
    public int CoolingWeeks { get; init; } = 4;

    public int PhoneSlotMinutes { get; init; } = 5;

    /// <summary>Availability not confirmed for this long counts as unknown.</summary>
    public int AvailabilityExpiryWeeks { get; init; } = 8;

    /// <summary>A free place from a date within this many days counts as "available".</summary>
    public int PlanningHorizonDays { get; init; } = 90;

    /// <summary>Where a new intake's maximum distance starts (within <see cref="Distance.MinKm"/>–<see cref="Distance.MaxKm"/>).</summary>
    public int DefaultMaxDistanceKm { get; init; } = 25;

    public int EmailMaxAttempts { get; init; } = 8;

    public int EmailFirstRetryMinutes { get; init; } = 1;

    public int EmailMaxRetryHours { get; init; } = 6;

    /// <summary>1: a reminder e-mail goes out first when no answer came in time; 0: the call is planned at once.</summary>
    public int FollowUpReminder { get; init; } = 1;

    /// <summary>Days after the reminder before the follow-up call is planned.</summary>
    public int CallAfterReminderDays { get; init; } = 3;

    /// <summary>Tries of a follow-up call before the inquiry is flagged for a decision.</summary>
    public int CallAttemptsMax { get; init; } = 3;

    /// <summary>The hour (German time) of a call to a practice without phone hours.</summary>
    public int CallHourWithoutPhoneHours { get; init; } = 10;

    /// <summary>1: a call that reached the practice without an answer starts the cooling period too; 0: only answers do.</summary>
    public int CoolingAfterReachedCall { get; init; }

    public TimeSpan AvailabilityExpiry => TimeSpan.FromDays(7 * AvailabilityExpiryWeeks);

    public EmailRetryPolicy EmailRetryPolicy => new(EmailMaxAttempts, TimeSpan.FromMinutes(EmailFirstRetryMinutes), TimeSpan.FromHours(EmailMaxRetryHours));

    public IEnumerable<Error> Validate() =>
        All.Where(setting => !setting.Allows(setting.Read(this))).Select(OutOfRange);

    /// <summary>
    /// These settings with the given ones replaced (by <see cref="OperationalSetting.Name"/>); refuses an unknown name
    /// or a value out of range, every one at once, and then changes nothing.
    /// </summary>
    public Result<OperationalSettings> Change(IReadOnlyDictionary<string, int> values)
    {
        var errors = new List<Error>();
        var changed = this;
        foreach (var (name, value) in values)
        {
            var setting = All.FirstOrDefault(s => s.Name == name);
            if (setting is null)
            {
                errors.Add(Error.Invalid("settings.unknown", $"There is no setting '{Text.Excerpt(name)}'.", name));
            }
            else if (!setting.Allows(value))
            {
                errors.Add(OutOfRange(setting));
            }
            else
            {
                changed = setting.With(changed, value);
            }
        }

        return errors.Count > 0 ? Result<OperationalSettings>.Failure(errors) : Result.Success(changed);
    }

    /// <summary>Every setting by name, as <see cref="Change"/> takes them.</summary>
    public IReadOnlyDictionary<string, int> ToValues() => All.ToDictionary(s => s.Name, s => s.Read(this));

    private static Error OutOfRange(OperationalSetting setting) =>
        Error.Invalid("settings.range", $"{setting.Name} must lie between {setting.Min} and {setting.Max}.", setting.Name);
}
