using Boona.Domain.Common;
using Boona.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Boona.Web;

/// <summary>Turns domain error codes into the user's language; unknown codes fall back to the English message.</summary>
public sealed class ErrorMessages(IStringLocalizer<ErrorTexts> texts)
{
    public string Describe(Error error) => Describe(error.Code, error.Message);

    public string Describe(DomainException exception) => Describe(exception.Code, exception.Message);

    public string Describe(string code, string fallback)
    {
        var text = texts[code];
        return text.ResourceNotFound ? fallback : text.Value;
    }

    /// <summary>Messages per field name, for forms that show errors beside their inputs.</summary>
    public IReadOnlyDictionary<string, string> ByField(IEnumerable<Error> errors) =>
        errors.Where(e => e.Field is not null)
            .GroupBy(e => e.Field!)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(Describe)));
}
