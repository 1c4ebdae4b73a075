using Boona.Domain.Patients;
using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Common;

/// <summary>
/// Postal-code prefix filters as index-friendly range comparisons ("50" → 50… up to but excluding 51…),
/// which both providers translate, unlike LIKE with a parameter.
/// </summary>
public static class PostalCodeQueries
{
    public static IQueryable<Therapist> InPostalPrefix(this IQueryable<Therapist> query, string prefix)
    {
        var (lower, upper) = Range(prefix);
#pragma warning disable CA1309, CA1310 // Translated to SQL: the database compares digit strings, no .NET culture is involved.
        return upper is null
            ? query.Where(t => t.PostalCode.Value.CompareTo(lower) >= 0)
            : query.Where(t => t.PostalCode.Value.CompareTo(lower) >= 0 && t.PostalCode.Value.CompareTo(upper) < 0);
    }

    public static IQueryable<Patient> InPostalPrefix(this IQueryable<Patient> query, string prefix)
    {
        var (lower, upper) = Range(prefix);
        return upper is null
            ? query.Where(p => p.PostalCode.Value.CompareTo(lower) >= 0)
            : query.Where(p => p.PostalCode.Value.CompareTo(lower) >= 0 && p.PostalCode.Value.CompareTo(upper) < 0);
#pragma warning restore CA1309, CA1310
    }

    /// <summary>The first prefix after this one of the same length ("09" → "10"); null after "99…".</summary>
    public static (string Lower, string? Upper) Range(string prefix)
    {
        if (prefix.Length is 0 or > 5 || !prefix.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"'{prefix}' is not a postal-code prefix of one to five digits.", nameof(prefix));
        }

        var next = long.Parse(prefix, System.Globalization.CultureInfo.InvariantCulture) + 1;
        var upper = next.ToString(System.Globalization.CultureInfo.InvariantCulture).PadLeft(prefix.Length, '0');
        return (prefix, upper.Length > prefix.Length ? null : upper);
    }
}
