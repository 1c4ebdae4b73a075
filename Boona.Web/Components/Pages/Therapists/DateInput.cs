using System.Globalization;
using Boona.Domain.Common;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>Dates from <c>&lt;input type="date"&gt;</c>, which always sends ISO <c>yyyy-MM-dd</c> whatever the user's language.</summary>
internal static class DateInput
{
    public static Result<DateOnly?> Parse(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Result<DateOnly?>.Of(null);
        }

        return DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? Result<DateOnly?>.Of(date)
            : new DomainError("date.invalid", $"'{text}' is not a date.", field);
    }

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
