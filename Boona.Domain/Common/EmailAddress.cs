using System.Text.RegularExpressions;

namespace Boona.Domain.Common;

/// <summary>An e-mail address, trimmed and compared case-insensitively (stored in lower case).</summary>
public sealed partial record EmailAddress
{
    private EmailAddress(string value)
    {
        Value = value;
    }

    /// <summary>RFC 5321's limit for a forward path.</summary>
    public const int MaxLength = 254;

    public string Value { get; }

    public static Result<EmailAddress> Create(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > MaxLength || !Shape().IsMatch(trimmed))
        {
            return Error.Invalid("email.invalid", $"'{Text.Excerpt(input)}' is not a valid e-mail address.", "Email");
        }

        return Result<EmailAddress>.Of(new EmailAddress(trimmed.ToLowerInvariant()));
    }

    public static EmailAddress Parse(string input)
    {
        var result = Create(input);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    public override string ToString() => Value;

    // One @; a local part of RFC 5322's atoms (letters of any script as RFC 6531 allows, digits,
    // !#$%&'*+/=?^_`{|}~- and inner dots: no <, >, quotes or spaces, so an address never carries markup);
    // a domain with at least one dot and a letter TLD (umlaut domains too).
    [GeneratedRegex(@"^(?=.{1,64}@)[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
