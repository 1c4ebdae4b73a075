using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Steps 1 and 2 of the inquiry workflow for the builder page, the API and the benchmark alike.</summary>
public sealed class MatchingQueries(
    IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, IRoutingService routing, RegionCache cache, TimeProvider clock)
{
    /// <summary>Loads a region: <paramref name="region"/> is its leading postal-code digits, or a whole postal code in it.</summary>
    public async Task<Result<RegionMatching>> LoadRegionAsync(string region, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        var trimmed = region.Trim();
        if (trimmed.Length < values.RegionDigits || trimmed.Length > 5 || !trimmed.All(char.IsAsciiDigit))
        {
            return InquiryErrors.RegionInvalid(region, values.RegionDigits);
        }

        var prefix = trimmed[..values.RegionDigits];
        var therapists = await TherapistsAsync(prefix, cancellationToken);
        var day = MatchingDay.From(values, clock.GetUtcNow(), clock.Today());
        return Result<RegionMatching>.Of(new RegionMatching(prefix, therapists, token => LoadSearchesAsync(prefix, token), day, values.BundleSizeMax, routing));
    }

    private async Task<RegionTherapists> TherapistsAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await StampAsync(context, cancellationToken);
        if (cache.Therapists(prefix, stamp) is { } kept)
        {
            return kept;
        }

        var therapists = await RegionTherapists.LoadAsync(context, prefix, cancellationToken);
        cache.Keep(prefix, stamp, therapists);
        return therapists;
    }

    private async Task<RegionSearches> LoadSearchesAsync(string prefix, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var stamp = await StampAsync(context, cancellationToken);
        if (cache.Searches(prefix, stamp) is { } kept)
        {
            return kept;
        }

        var searches = await RegionSearches.LoadAsync(context, prefix, cancellationToken);
        cache.Keep(prefix, stamp, searches);
        return searches;
    }

    /// <summary>Read before the data it labels (see <see cref="RegionCache"/>).</summary>
    private static Task<Guid> StampAsync(BoonaDbContext context, CancellationToken cancellationToken) =>
        context.MatchingStamps.Where(s => s.Id == MatchingStamp.RowId).Select(s => s.Value).SingleAsync(cancellationToken);

    /// <summary>The candidates for one therapist, in the therapist's own region.</summary>
    public async Task<Result<(RegionMatching Region, CandidatePreview Preview)>> PreviewAsync(int therapistId, CancellationToken cancellationToken)
    {
        string? postalCode;
        await using (var context = await contextFactory.CreateDbContextAsync(cancellationToken))
        {
            postalCode = await context.Therapists.Where(t => t.Id == therapistId).Select(t => t.PostalCode.Value).SingleOrDefaultAsync(cancellationToken);
        }

        if (postalCode is null)
        {
            return InquiryErrors.TherapistNotFound(therapistId);
        }

        var region = await LoadRegionAsync(postalCode, cancellationToken);
        var matching = region.Value;
        var preview = await matching.CandidatesForAsync(matching.Therapist(therapistId)!, cancellationToken);
        return Result<(RegionMatching, CandidatePreview)>.Of((matching, preview));
    }
}
