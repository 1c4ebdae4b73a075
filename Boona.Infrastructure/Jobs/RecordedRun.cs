using Microsoft.Extensions.Logging;

namespace Boona.Infrastructure.Jobs;

/// <summary>A run being recorded: flushes progress in the background until it is finished.</summary>
public sealed class RecordedRun : IAsyncDisposable
{
    private readonly JobRunRecorder _recorder;
    private readonly JobProgress _progress;
    private readonly Action<int, string> _report;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _flushing;
    private long _writtenVersion;
    private DateTimeOffset _lastWrite;
    private bool _finished;

    internal RecordedRun(JobRunRecorder recorder, long runId, JobProgress progress, Action<int, string> report)
    {
        _recorder = recorder;
        RunId = runId;
        _progress = progress;
        _report = report;
        _lastWrite = recorder.Clock.GetUtcNow();
        _flushing = FlushLoopAsync();
    }

    public long RunId { get; }

    public async Task FinishAsync(JobRunStatus status, string? failure)
    {
        if (_finished)
        {
            return;
        }

        _finished = true;
        await StopFlushingAsync();
        var snapshot = _progress.Snapshot();
        await _recorder.WriteAsync(RunId, snapshot, status, _recorder.Clock.GetUtcNow(), failure ?? snapshot.Message);
    }

    public async ValueTask DisposeAsync()
    {
        await FinishAsync(JobRunStatus.Failed, "The run ended without a result.");
        _stop.Dispose();
    }

    private async Task StopFlushingAsync()
    {
        await _stop.CancelAsync();
        await _flushing;
    }

    private async Task FlushLoopAsync()
    {
        using var timer = new PeriodicTimer(JobRunRecorder.FlushInterval, _recorder.Clock);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                await FlushAsync();
            }
        }
        catch (OperationCanceledException)
        {
            // Finished.
        }
    }

    private async Task FlushAsync()
    {
        var version = _progress.Version;
        var now = _recorder.Clock.GetUtcNow();
        if (version == _writtenVersion && now - _lastWrite < JobRunRecorder.HeartbeatInterval)
        {
            return;
        }

        var snapshot = _progress.Snapshot();
        try
        {
            await _recorder.WriteAsync(RunId, snapshot, JobRunStatus.Running, null, snapshot.Message);
            _writtenVersion = version;
            _lastWrite = now;
            _report(Percent(snapshot), snapshot.Message ?? string.Empty);
        }
        catch (Exception exception)
        {
            // Progress is a courtesy: a failed write must not fail the job itself.
            _recorder.Logger.LogWarning(exception, "Could not record the progress of job run {RunId}", RunId);
        }
    }

    private static int Percent(JobProgressSnapshot snapshot) =>
        snapshot.ItemsTotal is > 0 and var total ? Math.Clamp(snapshot.ItemsDone * 100 / total, 0, 100) : 0;
}
