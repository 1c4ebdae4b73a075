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

    /// <summary>
    /// An enum value by its name only, in any case. <c>Enum.TryParse</c> also takes numbers ("-1", "99") and turns
    /// them into values the enum does not define, which crash the first switch that meets them.
    /// </summary>
    public static TEnum? Enum<TEnum>(string? value)
        where TEnum : struct, System.Enum
    {
        var name = value?.Trim();
        return name is { Length: > 0 } && System.Enum.GetNames<TEnum>().Any(n => n.Equals(name, StringComparison.OrdinalIgnoreCase))
            ? System.Enum.Parse<TEnum>(name, ignoreCase: true)
            : null;
    }
}
