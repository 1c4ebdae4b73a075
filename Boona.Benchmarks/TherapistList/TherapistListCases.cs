using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;

namespace Boona.Benchmarks.TherapistList;

/// <summary>Ten filter/sort combinations coordinators use every day, from the start page link to a name search.</summary>
public static class TherapistListCases
{
    public static IReadOnlyList<(string Name, TherapistListQuery Query)> All { get; } =
    [
        ("whole directory, by name", new TherapistListQuery()),
        ("whole directory, page 200 by name", new TherapistListQuery { Page = 200 }),
        ("pending review (start page link)", new TherapistListQuery { Status = TherapistStatus.PendingReview }),
        ("name contains \"mül\"", new TherapistListQuery { Name = "mül" }),
        ("name \"anna sch\", two words", new TherapistListQuery { Name = "anna sch" }),
        ("region 50, active, by name", new TherapistListQuery { PostalPrefix = "50", Status = TherapistStatus.Active }),
        ("region 8, by postal code desc, page 5", new TherapistListQuery { PostalPrefix = "8", Sort = TherapistSort.PostalCode, Descending = true, Page = 5 }),
        ("city \"Berlin\", Kassensitz, by name", new TherapistListQuery { City = "Berlin", HasKassensitz = true }),
        ("active, available, method AP", new TherapistListQuery { Status = TherapistStatus.Active, Available = true, Method = TherapyMethod.Ap }),
        ("cooling, knows Boona, by cooling end", new TherapistListQuery { Cooling = true, KnowsBoona = true, Sort = TherapistSort.NextContactAllowedOn }),
    ];
}
