namespace Boona.Infrastructure.Jobs;

/// <summary>A snapshot of how far a run has got.</summary>
public sealed record JobProgressSnapshot(int ItemsDone, int? ItemsTotal, int Errors, string? Message);

/// <summary>
/// What a running job reports: items done of a total, errors, a short message. Thread-safe and cheap
/// to call per item; the base job writes it to the run record every second or so.
/// </summary>
public sealed class JobProgress
{
    private readonly Lock _gate = new();
    private int _done;
    private int? _total;
    private int _errors;
    private string? _message;
    private long _version;

    /// <summary>Changes whenever anything was reported, so a writer can tell whether to write.</summary>
    public long Version => Interlocked.Read(ref _version);

    public void SetTotal(int total) => Change(() => _total = total);

    public void Advance(int items = 1) => Change(() => _done += items);

    public void Note(string message) => Change(() => _message = message);

    /// <summary>Counts a failed item and keeps its message as the latest one.</summary>
    public void Error(string message) => Change(() =>
    {
        _errors++;
        _message = message;
    });

    public JobProgressSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new JobProgressSnapshot(_done, _total, _errors, _message);
        }
    }

    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            _version++;
        }
    }
}
