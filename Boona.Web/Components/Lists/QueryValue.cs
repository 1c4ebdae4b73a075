using System.Globalization;

namespace Boona.Web.Components.Lists;

/// <summary>
/// Numbers and switches read from a list's URL. Blazor's own query binding throws on a value it cannot parse
/// (<c>?page=zwei</c> would end the page with an error), so lists bind strings and read them here: a value that
/// is not understood is simply not applied.
/// </summary>
public static class QueryValue
{
    public static int? Int(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null;

    public static bool? Bool(string? value) => bool.TryParse(value, out var flag) ? flag : null;
}
