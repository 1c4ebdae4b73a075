using System.Text.RegularExpressions;

namespace Boona.Domain.Common;

/// <summary>
/// A therapist's diagnosis preference: an ICD-10 code or a leading part of one.
/// <c>F4</c> covers every code from F40 to F49.9, <c>F32</c> covers F32.0–F32.9.
/// </summary>
public sealed partial record Icd10Prefix
{
    private Icd10Prefix(string value)
    {
        Value = value;
    }

    public string Value { get; }

    public static Result<Icd10Prefix> Create(string? input)
    {
        var normalised = input?.Trim().ToUpperInvariant() ?? string.Empty;
        if (!Shape().IsMatch(normalised))
        {
            return new Error("icd10-prefix.invalid", $"'{input}' is not an ICD-10 code or prefix such as F4, F32 or F32.1.", "PreferredDiagnoses");
        }

        return Result<Icd10Prefix>.Of(new Icd10Prefix(normalised));
    }

    public static Icd10Prefix Parse(string input)
    {
        var result = Create(input);
        return result.IsSuccess ? result.Value : throw new DomainException(result.FirstError!.Code, result.FirstError.Message);
    }

    /// <summary>Hierarchical match: the code starts with this prefix.</summary>
    public bool Covers(Icd10Code code) => code.Value.StartsWith(Value, StringComparison.Ordinal);

    public override string ToString() => Value;

    // A letter and one or two digits, or a full code with its decimal part.
    [GeneratedRegex(@"^[A-Z][0-9]{1,2}$|^[A-Z][0-9]{2}\.[0-9]{1,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex Shape();
}
