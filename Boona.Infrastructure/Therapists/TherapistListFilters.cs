using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Therapists;

/// <summary>The list's filters, each translated to SQL on both providers.</summary>
internal static class TherapistListFilters
{
    private static readonly char[] WordSeparators = [' ', ',', '\t'];

#pragma warning disable CA1304, CA1310 // Translated to SQL: the database lowers and compares, no .NET culture is involved.
    public static IQueryable<Therapist> Apply(this IQueryable<Therapist> query, TherapistListQuery filter, TherapistAvailability availability, DateOnly today)
    {
        foreach (var word in Words(filter.Name))
        {
            // LIKE on the stored lower-case SearchName: no per-row lower() on either provider, and on PostgreSQL a
            // trigram index serves it (string.Contains would become strpos(), which no index serves).
            var pattern = $"%{word}%";
            query = query.Where(t => EF.Functions.Like(t.SearchName, pattern));
        }

        if (PostalPrefix(filter.PostalPrefix) is { } prefix)
        {
            query = query.InPostalPrefix(prefix);
        }

        if (!string.IsNullOrWhiteSpace(filter.City))
        {
            var pattern = $"{Literal(filter.City.Trim().ToLowerInvariant())}%";
            query = query.Where(t => EF.Functions.Like(t.City.ToLower(), pattern));
        }

#pragma warning restore CA1304, CA1310
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.Method is { } method)
        {
            query = query.Where(t => t.Methods.Contains(method));
        }

        if (filter.HasKassensitz is { } kassensitz)
        {
            query = query.Where(t => t.HasKassensitz == kassensitz);
        }

        if (filter.KnowsBoona is { } knows)
        {
            query = query.Where(t => t.KnowsBoona == knows);
        }

        if (filter.Cooling is { } cooling)
        {
            query = cooling
                ? query.Where(t => t.NextContactAllowedOn > today)
                : query.Where(t => t.NextContactAllowedOn == null || t.NextContactAllowedOn <= today);
        }

        if (filter.Available is { } available)
        {
            var predicate = availability.Predicate();
            query = available ? query.Where(predicate) : query.Where(Negate(predicate));
        }

        return query;
    }

    /// <summary>Digits only; anything else (a typo in a URL) is ignored rather than failing the page.</summary>
    public static string? PostalPrefix(string? text)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: >= 1 and <= 5 } && trimmed.All(char.IsAsciiDigit) ? trimmed : null;
    }

    private static IEnumerable<string> Words(string? text) =>
        (text ?? string.Empty).Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(w => Literal(w.ToLowerInvariant()))
            .Where(w => w.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Take(4);

    /// <summary>LIKE's wildcards never occur in names; dropping them keeps a typed "%" from matching everything.</summary>
    private static string Literal(string text) => text.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal).Replace("\\", string.Empty, StringComparison.Ordinal);

    private static System.Linq.Expressions.Expression<Func<Therapist, bool>> Negate(System.Linq.Expressions.Expression<Func<Therapist, bool>> predicate) =>
        System.Linq.Expressions.Expression.Lambda<Func<Therapist, bool>>(System.Linq.Expressions.Expression.Not(predicate.Body), predicate.Parameters);
}
