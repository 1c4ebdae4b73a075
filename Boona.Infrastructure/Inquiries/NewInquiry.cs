namespace Boona.Infrastructure.Inquiries;

/// <summary>The coordinator's confirmed bundle: one therapist, the chosen searches in the order to present them.</summary>
/// <param name="TherapistId">The therapist to ask.</param>
/// <param name="SearchIds">One to the configured bundle size of active searches suitable for the therapist.</param>
/// <param name="AfterConflict">
/// Offering another patient to a therapist whose acceptance came too late: allowed despite the cooling
/// period that the acceptance started, as long as the conflict has not been followed up yet.
/// </param>
/// <param name="CreatedBy">The coordinator building it (<c>ActorName</c>); its follow-up calls belong to them.</param>
public sealed record NewInquiry(int TherapistId, IReadOnlyList<int> SearchIds, bool AfterConflict = false, string? CreatedBy = null);
