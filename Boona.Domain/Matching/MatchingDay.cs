using Boona.Domain.Settings;

namespace Boona.Domain.Matching;

/// <summary>The moment matching runs for, with the settings that turn dates into "available" and "cooling".</summary>
public sealed record MatchingDay(DateTimeOffset Now, DateOnly Today, TimeSpan AvailabilityExpiry, DateOnly HorizonEnd)
{
    public static MatchingDay From(OperationalSettings settings, DateTimeOffset now, DateOnly today) =>
        new(now, today, settings.AvailabilityExpiry, today.AddDays(settings.PlanningHorizonDays));
}
