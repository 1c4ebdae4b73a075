using Boona.Domain.Searches;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Overview;

/// <summary>What needs doing today; each figure is one count in the database.</summary>
public sealed record TodaysWork(int CallsDue, int OverdueInquiries, int StaleSearches, int TherapistsPendingReview);

public sealed class TodaysWorkQueries(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
{
    public async Task<TodaysWork> GetAsync(CancellationToken cancellationToken)
    {
        var followUpAfterDays = (await settings.GetAsync(cancellationToken)).FollowUpAfterDays;
        var now = clock.GetUtcNow();
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var calls = await context.PhoneCalls.DueBy(clock.Today()).CountAsync(cancellationToken);
        var inquiries = await context.Inquiries.Overdue(now, followUpAfterDays).CountAsync(cancellationToken);
        var searches = await context.Searches.Where(s => s.Status == SearchStatus.Active)
            .WithoutInquiryFor(context, now, WorkFilters.StaleSearchDays).CountAsync(cancellationToken);
        var pending = await context.Therapists.PendingReview().CountAsync(cancellationToken);
        return new TodaysWork(calls, inquiries, searches, pending);
    }
}
