using System.Text.RegularExpressions;

namespace Boona.Domain.Common;

/// <summary>An e-mail address, trimmed and compared case-insensitively (stored in lower case).</summary>
public sealed partial record EmailAddress
{
    private EmailAddress(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static Result<EmailAddress> Create(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > 254 || !Shape().IsMatch(trimmed))
        {
            return new Error("email.invalid", $"'{input}' is not a valid e-mail address.", "Email");
        }

        return Result<EmailAddress>.Of(new EmailAddress(trimmed.ToLowerInvariant()));
    }

    public static EmailAddress Parse(string input)
    {
        var result = Create(input);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    public override string ToString() => Value;

    // One @, a local part without spaces, a domain with at least one dot and a letter TLD.
    [GeneratedRegex(@"^[^\s@]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
