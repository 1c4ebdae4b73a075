namespace Boona.Web.Components.Shared;

/// <summary>
/// Calls <c>tick</c> every interval until disposed: live views (job progress) poll the database, which
/// is the truth on every node of a cluster. Create it in OnAfterRender (not while prerendering), and
/// dispose it with the component.
/// </summary>
public sealed class RefreshLoop : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public RefreshLoop(TimeSpan interval, Func<Task> tick)
    {
        _loop = RunAsync(interval, tick);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }

    private async Task RunAsync(TimeSpan interval, Func<Task> tick)
    {
        using var timer = new PeriodicTimer(interval);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await tick();
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed.
        }
    }
}
