namespace Boona.Infrastructure.Common;

/// <summary>One page of a list that was filtered, sorted and paged in the database, with the total for the pager.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Total)
{
    public const int MaxPageSize = 200;

    public static Paged<T> Empty { get; } = new([], 0);

    /// <summary>Rows to skip and take for a zero-based page, with the size kept within 1..<see cref="MaxPageSize"/>.</summary>
    public static (int Skip, int Take) Window(int page, int pageSize)
    {
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        return (Math.Max(page, 0) * take, take);
    }
}
