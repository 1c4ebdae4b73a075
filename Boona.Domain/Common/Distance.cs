namespace Boona.Domain.Common;

/// <summary>
/// How far a patient can travel to therapy, in whole kilometres: the bounds every maximum distance obeys (a patient's,
/// the settings' default for a new intake). The default itself is <c>OperationalSettings.Defaults.DefaultMaxDistanceKm</c>.
/// </summary>
public static class Distance
{
    public const int MinKm = 1;

    public const int MaxKm = 200;

    public static bool IsAllowed(int km) => km is >= MinKm and <= MaxKm;
}
