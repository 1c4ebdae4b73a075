namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>A seeded random source: the demo data set is the same on every machine.</summary>
internal sealed class DemoRandom(int seed)
{
#pragma warning disable CA5394 // Not security relevant: demo data must be reproducible, not unpredictable.
    private readonly Random _random = new(seed);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    public IEnumerable<T> Several<T>(IReadOnlyList<T> items, int count) =>
        items.OrderBy(_ => _random.Next()).Take(count).ToList();

    public double Jitter(double span) => (_random.NextDouble() - 0.5) * span;
#pragma warning restore CA5394
}
