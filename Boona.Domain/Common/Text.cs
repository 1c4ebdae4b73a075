using System.Globalization;

namespace Boona.Domain.Common;

/// <summary>
/// The rules every text field obeys, said once: trimmed, within its length, no control characters (a NUL is stored by
/// SQLite and refused by PostgreSQL), and a required field is not satisfied by invisible characters alone.
/// </summary>
public static class Text
{
    /// <summary>How much of a rejected input a message may quote.</summary>
    public const int ExcerptLength = 40;

    /// <summary>Trimmed, or null when nothing visible is left.</summary>
    public static string? TrimOrNull(string? text) => IsBlank(text) ? null : text!.Trim();

    /// <summary>True for null, empty, white space and characters that show nothing (zero-width space, joiners, BOM).</summary>
    public static bool IsBlank(string? text) => text is null || text.All(c => char.IsWhiteSpace(c) || IsInvisible(c));

    /// <summary>The start of an input for a message, never the whole of a long or hostile one.</summary>
    public static string Excerpt(string? text)
    {
        var shown = new string((text ?? string.Empty).Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return shown.Length <= ExcerptLength ? shown : shown[..ExcerptLength] + "…";
    }

    /// <summary>The field's errors, if any: required, too long, control characters (line breaks only where allowed).</summary>
    public static IEnumerable<Error> Check(string? value, string field, int maxLength, bool required = false, bool multiLine = false)
    {
        if (IsBlank(value))
        {
            if (required)
            {
                yield return Error.Invalid("text.required", $"{field} is required.", field);
            }

            yield break;
        }

        var trimmed = value!.Trim();
        if (trimmed.Length > maxLength)
        {
            yield return Error.Invalid("text.too-long", $"{field} is longer than {maxLength.ToString(CultureInfo.InvariantCulture)} characters.", field);
        }

        if (trimmed.Any(c => char.IsControl(c) && !(multiLine && c is '\n' or '\r' or '\t')))
        {
            yield return Error.Invalid("text.control-character", $"{field} contains a control character.", field);
        }
    }

    private static bool IsInvisible(char c) =>
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Control or UnicodeCategory.NonSpacingMark;
}

/// <summary>First and last names of people (patients, therapists, staff).</summary>
public static class PersonName
{
    public const int MaxLength = 100;
}

/// <summary>Postal addresses; the postal code is its own type.</summary>
public static class Address
{
    public const int StreetMaxLength = 200;

    public const int CityMaxLength = 100;
}

/// <summary>Free text a person writes: notes, reasons, clinical history.</summary>
public static class FreeText
{
    /// <summary>A reason or a short note (block, pause, cancellation, answer).</summary>
    public const int ShortMaxLength = 500;

    /// <summary>A long text such as a section of the clinical history.</summary>
    public const int MaxLength = 4000;
}
