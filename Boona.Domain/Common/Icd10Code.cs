using System.Text.RegularExpressions;

namespace Boona.Domain.Common;

/// <summary>A complete ICD-10 diagnosis code: a letter, two digits, optionally a dot and one or two digits (F32, F32.1, F43.10).</summary>
public sealed partial record Icd10Code
{
    private Icd10Code(string value)
    {
        Value = value;
    }

    public string Value { get; }

    /// <summary>Mental and behavioural disorders, the range psychotherapy treats.</summary>
    public bool IsMentalDisorder => Value[0] == 'F';

    public static Result<Icd10Code> Create(string? input)
    {
        var normalised = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!Shape().IsMatch(normalised))
        {
            return Error.Invalid("icd10.invalid", $"'{Text.Excerpt(input)}' is not an ICD-10 code such as F32 or F32.1.", "Diagnoses");
        }

        return Result<Icd10Code>.Of(new Icd10Code(normalised));
    }

    public static Icd10Code Parse(string input)
    {
        var result = Create(input);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    public override string ToString() => Value;

    [GeneratedRegex(@"^[A-Z][0-9]{2}(\.[0-9]{1,2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
