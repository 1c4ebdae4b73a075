using System.Diagnostics;
using System.Net;

namespace Boona.Benchmarks.Circuits;

/// <summary>
/// The therapist list (<c>/therapists</c>) in a live circuit, driven like a coordinator: the name filter
/// (<c>data-testid="filter-name"</c>, a MudTextField with the list's debounce) and the rows' names
/// (<c>data-testid="therapist-name"</c>, or <c>therapist-empty</c> when nothing matches).
/// </summary>
public sealed class TherapistListCircuit : IAsyncDisposable
{
    public const string Path = "therapists";

    private TherapistListCircuit(BlazorCircuit circuit, IReadOnlyList<string> rows)
    {
        Circuit = circuit;
        InitialRows = rows;
    }

    public BlazorCircuit Circuit { get; }

    /// <summary>The names the list showed once the circuit was live (the first page, unfiltered).</summary>
    public IReadOnlyList<string> InitialRows { get; }

    /// <summary>Opens the page and waits until the live circuit has rendered the list and the name filter with its handler.</summary>
    public static async Task<TherapistListCircuit> OpenAsync(Uri baseAddress, CookieContainer cookies, HttpClient http, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var circuit = await BlazorCircuit.OpenAsync(baseAddress, Path, cookies, http, cancellationToken);
        try
        {
            var (rows, _) = await circuit.WaitForAsync(
                dom => NameInput(dom) is { } input && input.EventHandlers.ContainsKey("input") && Rows(dom) is { Count: > 0 } shown ? shown : null,
                timeout,
                cancellationToken);
            return new TherapistListCircuit(circuit, rows);
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Types <paramref name="term"/> into the name filter, a key every <paramref name="betweenKeys"/>, and waits for the
    /// render batch that shows the list filtered by it: the circuit's address says <c>name=term</c> and every row shown
    /// contains the term (or the list says nothing matches). Returns the time from the last keystroke sent to that
    /// batch's arrival.
    /// </summary>
    public async Task<TimeSpan> FilterAsync(string term, TimeSpan betweenKeys, TimeSpan timeout, CancellationToken cancellationToken)
    {
        await Circuit.TypeAsync(NameInput, term, betweenKeys, cancellationToken);
        var sent = Stopwatch.GetTimestamp();
        var (_, shownAt) = await Circuit.WaitForAsync(dom => FilteredBy(dom, term) ? term : null, timeout, cancellationToken);
        return shownAt > sent ? Stopwatch.GetElapsedTime(sent, shownAt) : TimeSpan.Zero;
    }

    /// <summary>The rows the list shows now.</summary>
    public IReadOnlyList<string> CurrentRows() => Circuit.Read(Rows);

    /// <summary>
    /// Two name fragments (four letters of a shown surname, lower case) that filter the first page differently: each
    /// leaves out a row the other keeps, so each filter visibly changes the list after the other.
    /// </summary>
    public static (string First, string Second) Terms(IReadOnlyList<string> rows)
    {
        var candidates = rows
            .Select(row => (Row: row, Term: row.Split(' ')[^1].ToLowerInvariant()))
            .Where(c => c.Term.Length >= 4 && c.Term.All(ch => ch is >= 'a' and <= 'z'))
            .Select(c => (c.Row, Term: c.Term[..4]))
            .ToList();
        foreach (var first in candidates)
        {
            foreach (var second in candidates)
            {
                if (first.Term != second.Term && !Contains(first.Row, second.Term) && !Contains(second.Row, first.Term))
                {
                    return (first.Term, second.Term);
                }
            }
        }

        throw new InvalidOperationException($"No two surnames on the first page filter it differently: {string.Join(", ", rows)}");
    }

    public ValueTask DisposeAsync() => Circuit.DisposeAsync();

    /// <summary>The name filter's input element (MudBlazor puts the test id on the input itself).</summary>
    public static DomElement? NameInput(CircuitDom dom)
    {
        var marked = dom.ByTestId("filter-name");
        return marked is null || marked.Name == "input" ? marked : Descendants(marked).FirstOrDefault(e => e.Name == "input");
    }

    private static List<string> Rows(CircuitDom dom)
    {
        var rows = dom.AllByTestId("therapist-name");
        return [.. rows.Select(CircuitDom.TextOf)];
    }

    private static bool FilteredBy(CircuitDom dom, string term)
    {
        if (NameInput(dom) is null)
        {
            return false;
        }

        var query = Uri.UnescapeDataString(dom.Location.Query);
        if (!query.Contains($"name={term}", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var rows = Rows(dom);
        return rows.Count > 0 ? rows.All(r => Contains(r, term)) : dom.ByTestId("therapist-empty") is not null;
    }

    private static bool Contains(string row, string term) => row.Contains(term, StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<DomElement> Descendants(DomContainer container)
    {
        foreach (var child in container.Children)
        {
            if (child is DomElement element)
            {
                yield return element;
            }

            if (child is DomContainer inner)
            {
                foreach (var descendant in Descendants(inner))
                {
                    yield return descendant;
                }
            }
        }
    }
}
