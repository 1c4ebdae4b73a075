namespace Boona.Web.Components.Shared;

/// <summary>How list filters react to typing, the same on every list.</summary>
public static class ListFilter
{
    /// <summary>
    /// Milliseconds of quiet typing before a list filters. 150 ms is what list filters usually wait; at 300 ms the
    /// wait was most of what a coordinator felt (the server renders the filtered page in a few milliseconds).
    /// </summary>
    public const int DebounceMs = 150;
}
