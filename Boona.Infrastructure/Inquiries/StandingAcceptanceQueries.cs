using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Another therapist's acceptance of the patient, recorded as a conflict, that the search page offers as the next
/// placement. <c>Refusal</c> says why it cannot be taken (blocked, excluded, too old); null when it can.
/// </summary>
public sealed record StandingAcceptanceView(int InquiryId, int TherapistId, string TherapistName, DateTimeOffset AcceptedAt, Error? Refusal)
{
    public bool CanBeTaken => Refusal is null;
}

/// <summary>The standing acceptances of a search that runs again (after a failed trial, a no-show, a corrected acceptance).</summary>
public sealed class StandingAcceptanceQueries(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
{
    /// <summary>Oldest first (the first acceptance wins); empty unless the search is active.</summary>
    public async Task<IReadOnlyList<StandingAcceptanceView>> ForSearchAsync(int searchId, CancellationToken cancellationToken)
    {
        var validFor = (await settings.GetAsync(cancellationToken)).AvailabilityExpiry;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var search = await context.Searches.AsNoTracking().SingleOrDefaultAsync(s => s.Id == searchId, cancellationToken);
        if (search is not { Status: SearchStatus.Active })
        {
            return [];
        }

        var inquiries = await context.Inquiries.AsNoTracking().Include(i => i.Patients)
            .Where(i => i.Patients.Any(p => p.SearchId == searchId && p.IsConflict && p.Outcome == InquiryOutcome.Accepted))
            .ToListAsync(cancellationToken);
        if (inquiries.Count == 0)
        {
            return [];
        }

        var therapistIds = inquiries.Select(i => i.TherapistId).Distinct().ToList();
        var therapists = await context.Therapists.AsNoTracking().Where(t => therapistIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, cancellationToken);
        var patient = await context.Patients.AsNoTracking().SingleAsync(p => p.Id == search.PatientId, cancellationToken);
        var (now, today) = (clock.GetUtcNow(), clock.Today());
        return [.. inquiries
            .Select(i => (Inquiry: i, Therapist: therapists[i.TherapistId], AcceptedAt: i.PatientFor(searchId).AnsweredAt ?? i.CreatedAt))
            .OrderBy(a => a.AcceptedAt)
            .Select(a => new StandingAcceptanceView(
                a.Inquiry.Id, a.Therapist.Id, a.Therapist.DisplayName, a.AcceptedAt,
                search.CanTakeStandingAcceptance(a.Inquiry, a.Therapist, patient, today, now, validFor).FirstError))];
    }
}
