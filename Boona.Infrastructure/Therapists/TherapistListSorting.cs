using Boona.Domain.Therapists;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// Sort orders for the list; the id comes last so that pages never overlap or skip rows. Empty dates
/// come last in both directions (the providers disagree on where NULL sorts).
/// </summary>
internal static class TherapistListSorting
{
    public static IOrderedQueryable<Therapist> Sort(this IQueryable<Therapist> query, TherapistSort sort, bool descending) => sort switch
    {
        TherapistSort.Name => By(query, t => t.LastName, descending).ThenBy(t => t.FirstName, descending).ThenBy(t => t.Id, descending),
        TherapistSort.PostalCode => By(query, t => t.PostalCode.Value, descending).ThenBy(t => t.Id, descending),
        TherapistSort.City => By(query, t => t.City, descending).ThenBy(t => t.Id, descending),
        TherapistSort.Status => By(query, t => t.Status, descending).ThenBy(t => t.Id, descending),
        TherapistSort.NextContactAllowedOn => query.OrderBy(t => t.NextContactAllowedOn == null).ThenBy(t => t.NextContactAllowedOn, descending).ThenBy(t => t.Id, descending),
        TherapistSort.AvailabilityConfirmedAt => query.OrderBy(t => t.AvailabilityConfirmedAt == null).ThenBy(t => t.AvailabilityConfirmedAt, descending).ThenBy(t => t.Id, descending),
        TherapistSort.CreatedAt => By(query, t => t.CreatedAt, descending).ThenBy(t => t.Id, descending),
    };

    private static IOrderedQueryable<Therapist> By<TKey>(IQueryable<Therapist> query, System.Linq.Expressions.Expression<Func<Therapist, TKey>> key, bool descending) =>
        descending ? query.OrderByDescending(key) : query.OrderBy(key);

    private static IOrderedQueryable<Therapist> ThenBy<TKey>(this IOrderedQueryable<Therapist> query, System.Linq.Expressions.Expression<Func<Therapist, TKey>> key, bool descending) =>
        descending ? query.ThenByDescending(key) : query.ThenBy(key);
}
