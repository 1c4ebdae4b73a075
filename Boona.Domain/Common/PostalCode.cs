namespace Boona.Domain.Common;

/// <summary>A five-digit German postal code (PLZ). Its leading digits form a region.</summary>
public sealed record PostalCode
{
    private PostalCode(string value)
    {
        Value = value;
    }

    /// <summary>Digits in a code.</summary>
    public const int Length = 5;

    public string Value { get; }

    /// <summary>Stands in for a refused code only so that the rest of a form can still be checked; never saved.</summary>
    public static PostalCode StandIn { get; } = new("99999");

    public static Result<PostalCode> Create(string? input)
    {
        var trimmed = input?.Trim() ?? string.Empty;

        // German postal codes run from 01001 to 99998; none starts with 00.
        if (trimmed.Length != Length || !trimmed.All(char.IsAsciiDigit) || trimmed.StartsWith("00", StringComparison.Ordinal))
        {
            return Error.Invalid("postal-code.invalid", $"'{Text.Excerpt(input)}' is not a five-digit German postal code.", "PostalCode");
        }

        return Result<PostalCode>.Of(new PostalCode(trimmed));
    }

    /// <summary>For trusted input (seed data, the database); throws on malformed values.</summary>
    public static PostalCode Parse(string input)
    {
        var result = Create(input);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    /// <summary>The region this code belongs to, e.g. <c>50</c> for 50667 with two digits.</summary>
    public string Region(int digits) =>
        digits is >= 1 and <= 5 ? Value[..digits] : throw new ArgumentOutOfRangeException(nameof(digits));

    public bool IsInRegion(string regionPrefix) => Value.StartsWith(regionPrefix, StringComparison.Ordinal);

    public override string ToString() => Value;
}
