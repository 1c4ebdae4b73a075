using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo;

/// <summary>A route by car between two points.</summary>
public sealed record Route(double DistanceKm, TimeSpan Duration);

/// <summary>
/// Optional road routing (an OSRM-compatible service). When it is not configured, <see cref="IsEnabled"/>
/// is false and callers use straight-line distances.
/// </summary>
public interface IRoutingService
{
    bool IsEnabled { get; }

    /// <summary>Car routes from one origin to many destinations, in the same order; null where no route was found.</summary>
    Task<IReadOnlyList<Route?>> GetCarRoutesAsync(GeoPoint origin, IReadOnlyList<GeoPoint> destinations, CancellationToken cancellationToken);
}

/// <summary>The default: no routing service configured.</summary>
public sealed class NoRouting : IRoutingService
{
    public bool IsEnabled => false;

    public Task<IReadOnlyList<Route?>> GetCarRoutesAsync(GeoPoint origin, IReadOnlyList<GeoPoint> destinations, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Route?>>([.. destinations.Select(_ => (Route?)null)]);
}
