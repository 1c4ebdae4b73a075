namespace Boona.Domain.Matching;

/// <summary>
/// The criteria a pair failed, as a set of bits: checking a region yields thousands of left-out pairs, and
/// only the few the coordinator looks at are turned into <see cref="LeftOutReason"/>s.
/// </summary>
public readonly record struct FailedCriteria(int Bits)
{
    public bool IsEmpty => Bits == 0;

    public bool Contains(Criterion criterion) => (Bits & (1 << (int)criterion)) != 0;

    public FailedCriteria With(Criterion criterion, bool fails) => fails ? new FailedCriteria(Bits | (1 << (int)criterion)) : this;

    /// <summary>Criterion by criterion in the order they are checked; a distance carries the kilometres and the limit.</summary>
    public IReadOnlyList<LeftOutReason> ToReasons(double? distanceKm, int maxDistanceKm)
    {
        var reasons = new List<LeftOutReason>(2);
        foreach (var criterion in Enum.GetValues<Criterion>())
        {
            if (Contains(criterion))
            {
                reasons.Add(criterion == Criterion.Distance
                    ? new LeftOutReason(criterion, Math.Round(distanceKm ?? 0, 1), maxDistanceKm)
                    : new LeftOutReason(criterion));
            }
        }

        return reasons;
    }
}
