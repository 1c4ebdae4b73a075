using System.Collections.Concurrent;
using PublicHoliday;

namespace Boona.Infrastructure.FollowUp;

/// <summary>
/// German public holidays from the maintained <c>PublicHoliday</c> package: those of a federal state (its two-letter code,
/// e.g. <c>NW</c>, as the postal-code data carries it), or the nationwide ones when the state is unknown — a holiday of
/// every state. Each state's year is computed once.
/// </summary>
public static class GermanHolidays
{
    private static readonly ConcurrentDictionary<(GermanPublicHoliday.States State, int Year), HashSet<DateOnly>> Years = new();

    private static readonly GermanPublicHoliday.States[] EveryState =
        [.. Enum.GetValues<GermanPublicHoliday.States>().Where(s => s != GermanPublicHoliday.States.ALL)];

    /// <summary>The state's calendar for a code such as <c>NW</c> or <c>DE-NW</c>; null or unknown: nationwide holidays only.</summary>
    public static Func<DateOnly, bool> For(string? stateCode) =>
        Parse(stateCode) is { } state
            ? day => Of(state, day.Year).Contains(day)
            : day => EveryState.All(s => Of(s, day.Year).Contains(day));

    public static GermanPublicHoliday.States? Parse(string? stateCode)
    {
        var code = stateCode?.Trim().ToUpperInvariant();
        if (code is null || code.Length == 0)
        {
            return null;
        }

        code = code.StartsWith("DE-", StringComparison.Ordinal) ? code[3..] : code;
        return code.Length == 2 && code.All(char.IsAsciiLetter) && Enum.TryParse<GermanPublicHoliday.States>(code, ignoreCase: false, out var state) && EveryState.Contains(state)
            ? state
            : null;
    }

    private static HashSet<DateOnly> Of(GermanPublicHoliday.States state, int year) =>
        Years.GetOrAdd((state, year), key =>
            [.. new GermanPublicHoliday { State = key.State }.PublicHolidays(key.Year).Select(DateOnly.FromDateTime)]);
}
