namespace Boona.Infrastructure.Geo.Geocoding;

/// <summary>
/// Lets one request start per interval, process-wide (one singleton): Nominatim's usage policy allows at
/// most one request per second. The refresh job runs on one node of a cluster at a time.
/// </summary>
public sealed class RequestPacer(TimeProvider clock)
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private DateTimeOffset? _last;

    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_last is { } last && last + Interval - clock.GetUtcNow() is { } wait && wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, cancellationToken);
            }

            _last = clock.GetUtcNow();
        }
        finally
        {
            _gate.Release();
        }
    }
}
