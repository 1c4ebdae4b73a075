using Boona.Domain.Common;
using Boona.Domain.Inquiries;
using Boona.Domain.Matching;
using Boona.Domain.Settings;
using Boona.Domain.Therapists;
using Boona.Infrastructure.FollowUp;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Inquiries;

/// <summary>Creating an inquiry: checks the bundle against fresh data, stores it and queues its e-mail or plans its call.</summary>
public sealed class InquiryCommands(
    IDbContextFactory<BoonaDbContext> contextFactory, MatchingQueries matching, ConflictQueries conflicts, SettingsStore settings, TimeProvider clock,
    IOptions<FollowUpOptions> followUp)
{
    public async Task<Result<int>> CreateAsync(NewInquiry request, CancellationToken cancellationToken)
    {
        var values = await settings.GetAsync(cancellationToken);
        if (request.SearchIds.Count == 0 || request.SearchIds.Count > values.BundleSizeMax)
        {
            return InquiryErrors.BundleCount(values.BundleSizeMax);
        }

        if (request.SearchIds.Distinct().Count() != request.SearchIds.Count)
        {
            return InquiryErrors.BundleDuplicate;
        }

        var loaded = await matching.PreviewAsync(request.TherapistId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return Result<int>.Failure(loaded.Errors);
        }

        var (region, preview) = loaded.Value;
        var errors = await CheckAsync(request, region, preview, cancellationToken);
        if (errors.Count > 0)
        {
            return Result<int>.Failure(errors);
        }

        try
        {
            return Result<int>.Of(await StoreAsync(request, preview, values, cancellationToken));
        }
        catch (TemplateRenderException failure)
        {
            // The transaction was not committed: neither the inquiry nor its e-mail is stored.
            return failure.ToError();
        }
    }

    /// <summary>E-mail when there is an address, unless the therapist's own rule asks for calls.</summary>
    public static ContactChannel ChannelFor(Therapist therapist) =>
        therapist.Email is not null && therapist.PreferredChannel == ContactChannel.Email ? ContactChannel.Email : ContactChannel.Phone;

    private async Task<List<Error>> CheckAsync(NewInquiry request, RegionMatching region, CandidatePreview preview, CancellationToken cancellationToken)
    {
        var errors = new List<Error>();
        if (region.Selection.SkipOf(request.TherapistId) is { } skip
            && !(request.AfterConflict && skip.Reason.IsWaivedAfterConflict() && await conflicts.HasOpenConflictAsync(request.TherapistId, cancellationToken)))
        {
            errors.Add(InquiryErrors.NotContactable(request.TherapistId, skip.Reason.ToString()));
        }

        foreach (var searchId in request.SearchIds.Where(id => !preview.IsSuitable(id)))
        {
            var leftOut = preview.LeftOut.FirstOrDefault(l => l.Search.SearchId == searchId);
            var reasons = leftOut is null ? "not an active search of the region" : string.Join(", ", leftOut.Reasons.Select(r => r.Criterion));
            errors.Add(InquiryErrors.Unsuitable(searchId, reasons));
        }

        return errors;
    }

    private async Task<int> StoreAsync(NewInquiry request, CandidatePreview preview, OperationalSettings values, CancellationToken cancellationToken)
    {
        var therapist = preview.Therapist;
        var chosen = request.SearchIds.Select(id => preview.Suitable.Single(c => c.Search.SearchId == id)).ToList();

        var channel = ChannelFor(therapist);
        var now = clock.GetUtcNow();
        var inquiry = Inquiry.Compose(therapist.Id, channel, [.. chosen.Select(c => (c.Search.SearchId, c.Patient.Id))], values.BundleSizeMax, now, request.CreatedBy);

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);
        context.Inquiries.Add(inquiry);
        await context.SaveChangesAsync(cancellationToken);
        var patients = chosen.ToDictionary(c => c.Patient.Id, c => c.Patient);
        var coordinator = inquiry.CreatedBy ?? followUp.Value.DefaultCoordinator;
        await InquiryOutreach.StartAsync(context, await EmailTemplates.LoadAsync(context, cancellationToken), inquiry, therapist, patients, now, values, coordinator, cancellationToken);
        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return inquiry.Id;
    }
}
