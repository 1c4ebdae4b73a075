namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Per process: the regions read lately, each with the <see cref="MatchingStamp"/> value read before its data. An entry
/// is used only while the database's stamp still has that value, so any saved change to matching data — in this
/// process or another app instance — is seen on the next read. Reading the stamp first and the data after it means an
/// entry can be newer than its stamp (then it is reloaded once more than needed) but never older. Holds a bounded
/// number of regions, the least recently used leaving first: coordinators work in a handful at a time.
/// </summary>
public sealed class RegionCache
{
    public const int DefaultCapacity = 24;

    private readonly Lock _lock = new();
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly int _capacity;
    private long _uses;

    public RegionCache()
        : this(DefaultCapacity)
    {
    }

    public RegionCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(capacity);
        _capacity = capacity;
    }

    /// <summary>Forgets every region; the benchmark measures cold reads with it.</summary>
    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
        }
    }

    internal RegionTherapists? Therapists(string region, Guid stamp) => Current(region, stamp)?.Therapists;

    internal RegionSearches? Searches(string region, Guid stamp) => Current(region, stamp)?.Searches;

    internal void Keep(string region, Guid stamp, RegionTherapists therapists) =>
        Update(region, stamp, entry => entry with { Therapists = therapists });

    internal void Keep(string region, Guid stamp, RegionSearches searches) =>
        Update(region, stamp, entry => entry with { Searches = searches });

    private Entry? Current(string region, Guid stamp)
    {
        lock (_lock)
        {
            if (!_entries.TryGetValue(region, out var entry) || entry.Stamp != stamp)
            {
                return null;
            }

            return _entries[region] = entry with { LastUse = ++_uses };
        }
    }

    private void Update(string region, Guid stamp, Func<Entry, Entry> change)
    {
        lock (_lock)
        {
            var entry = _entries.TryGetValue(region, out var kept) && kept.Stamp == stamp ? kept : new Entry(stamp, null, null, 0);
            _entries[region] = change(entry) with { LastUse = ++_uses };
            if (_entries.Count > _capacity)
            {
                _entries.Remove(_entries.MinBy(e => e.Value.LastUse).Key);
            }
        }
    }

    private sealed record Entry(Guid Stamp, RegionTherapists? Therapists, RegionSearches? Searches, long LastUse);
}
