using System.Globalization;
using Boona.Domain.Common;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>A whole number typed in a text field (no English "Not a valid number" from a numeric field); the bounds are the domain's.</summary>
internal static class NumberInput
{
    public static Result<int?> Parse(string? text, string field)
    {
        if (Text.IsBlank(text))
        {
            return Result<int?>.Of(null);
        }

        return int.TryParse(text!.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? Result<int?>.Of(value)
            : DomainError.Invalid("number.invalid", $"'{Text.Excerpt(text)}' is not a whole number.", field);
    }

    public static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
