namespace Boona.Domain.Matching;

/// <summary>A road route between practice and patient as the matching needs it: the kilometres it compares and the travel time it shows.</summary>
/// <param name="Km">Road kilometres; they replace the straight line in the distance criterion.</param>
/// <param name="TravelTime">The driving time, so the coordinator sees how far "far" is.</param>
public readonly record struct RoadDistance(double Km, TimeSpan TravelTime);
