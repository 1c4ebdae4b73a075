using Boona.Domain.Common;
using Boona.Domain.Outreach;

namespace Boona.Domain.Settings;

/// <summary>The operational parameters admins change at run time. Defaults are the business's starting values.</summary>
public sealed record OperationalSettings
{
    public static OperationalSettings Defaults { get; } = new();

    /// <summary>Most patients in one inquiry (1–6).</summary>
    public int BundleSizeMax { get; init; } = 6;

    /// <summary>Leading postal-code digits that form a region (1–5).</summary>
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

    public TimeSpan AvailabilityExpiry => TimeSpan.FromDays(7 * AvailabilityExpiryWeeks);

    public EmailRetryPolicy EmailRetryPolicy => new(EmailMaxAttempts, TimeSpan.FromMinutes(EmailFirstRetryMinutes), TimeSpan.FromHours(EmailMaxRetryHours));

    public IEnumerable<Error> Validate()
    {
        static Error? Range(string field, int value, int min, int max) =>
            value < min || value > max ? new Error("settings.range", $"{field} must lie between {min} and {max}.", field) : null;

        Error?[] errors =
        [
            Range(nameof(BundleSizeMax), BundleSizeMax, 1, 6),
            Range(nameof(RegionDigits), RegionDigits, 1, 5),
            Range(nameof(FollowUpAfterDays), FollowUpAfterDays, 1, 60),
            Range(nameof(CoolingWeeks), CoolingWeeks, 0, 52),
            Range(nameof(PhoneSlotMinutes), PhoneSlotMinutes, 1, 60),
            Range(nameof(AvailabilityExpiryWeeks), AvailabilityExpiryWeeks, 1, 104),
            Range(nameof(PlanningHorizonDays), PlanningHorizonDays, 1, 365),
            Range(nameof(DefaultMaxDistanceKm), DefaultMaxDistanceKm, Distance.MinKm, Distance.MaxKm),
            Range(nameof(EmailMaxAttempts), EmailMaxAttempts, 1, 50),
            Range(nameof(EmailFirstRetryMinutes), EmailFirstRetryMinutes, 1, 1440),
            Range(nameof(EmailMaxRetryHours), EmailMaxRetryHours, 1, 168),
        ];
        return errors.OfType<Error>();
    }
}
