using System.Linq.Expressions;
using Boona.Domain.Settings;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// <see cref="Therapist.IsAvailable"/> as a database predicate, so that lists filter and show
/// availability without loading entities. Keep the two in step.
/// </summary>
public sealed record TherapistAvailability(DateTimeOffset ConfirmedSince, DateOnly HorizonEnd)
{
    public static TherapistAvailability At(DateTimeOffset now, DateOnly today, OperationalSettings settings) =>
        new(now - settings.AvailabilityExpiry, today.AddDays(settings.PlanningHorizonDays));

    public Expression<Func<Therapist, bool>> Predicate()
    {
        var since = ConfirmedSince.ToUniversalTime();
        var horizonEnd = HorizonEnd;
        return t => t.AvailabilityConfirmedAt >= since
            && (t.PotentiallyAvailable || t.FreeIndividualPlaceFrom <= horizonEnd || t.FreeGroupPlaceFrom <= horizonEnd);
    }
}
