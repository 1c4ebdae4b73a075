using Boona.Domain.Inquiries;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// The one row whose value changes, in the same transaction, with every saved change to what the matching reads:
/// therapists, patients, searches, inquiries and their patients (and what they own, such as exclusions). A process
/// that kept a region's data compares the value it read before loading with the current one, so a change made by any
/// app instance makes every cached region stale at once (<see cref="RegionCache"/>).
/// </summary>
internal sealed class MatchingStamp
{
    public const int RowId = 1;

    private static readonly HashSet<Type> MatchingInputs =
        [typeof(Therapist), typeof(Patient), typeof(PlacementSearch), typeof(Inquiry), typeof(InquiryPatient)];

    public int Id { get; set; } = RowId;

    public Guid Value { get; set; }

    /// <summary>Whether a change to this entity type (or to something it owns) can alter a selection or a candidate list.</summary>
    public static bool IsMatchingInput(IReadOnlyEntityType entityType) =>
        entityType.FindOwnership() is { } ownership
            ? IsMatchingInput(ownership.PrincipalEntityType)
            : MatchingInputs.Contains(entityType.ClrType);
}
