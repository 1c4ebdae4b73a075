using Boona.Domain.Common;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Settings;
using Microsoft.EntityFrameworkCore;
using Boona.Infrastructure.Outreach.Templates;

namespace Boona.Infrastructure.Inquiries;

/// <summary>
/// Records a therapist's answer per patient with every effect of the workflow, in one transaction.
/// Two coordinators answering at once: the search's and the inquiry's version tokens let only one
/// save win; the other reads again and re-applies its answer to what is now true — a second
/// acceptance of a placed patient then becomes a conflict instead of a second placement.
/// </summary>
public sealed class AnswerCommands(IDbContextFactory<BoonaDbContext> contextFactory, SettingsStore settings, TimeProvider clock)
{
    private const int MaxAttempts = 4;

    public async Task<Result<AnswerEffect>> RecordAsync(AnswerInput input, CancellationToken cancellationToken)
    {
        // What an answer may be is the inquiry's rule (Inquiry.RecordAnswer); the day it was given is judged here,
        // against the clock and the day the inquiry went out.
        if (input.AnsweredOn > clock.Today())
        {
            return InquiryErrors.AnsweredInFuture;
        }

        var coolingWeeks = (await settings.GetAsync(cancellationToken)).CoolingWeeks;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RecordOnceAsync(input, coolingWeeks, cancellationToken);
            }
            catch (TemplateRenderException failure)
            {
                return failure.ToError();
            }
            catch (DbUpdateException exception) when (WriteConflicts.IsRetryable(exception) && attempt < MaxAttempts)
            {
                // Someone changed the inquiry, the search or the therapist meanwhile: read again, apply again.
            }
            catch (DbUpdateException exception) when (WriteConflicts.IsRetryable(exception))
            {
                return InquiryErrors.Concurrency;
            }
        }
    }

    /// <summary>
    /// Corrects the answer recorded for one patient (<see cref="AnswerContext.CorrectAsync"/>): the correction is kept with
    /// who made it, the old answer's effects are undone where nothing built on them, the new one's applied — all saved
    /// together or not at all. A change made meanwhile (the version read, or a write racing this one) is refused.
    /// </summary>
    public async Task<Result<AnswerCorrected>> CorrectAsync(int inquiryId, AnswerCorrectionInput input, string? by, CancellationToken cancellationToken)
    {
        var coolingWeeks = (await settings.GetAsync(cancellationToken)).CoolingWeeks;
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var inquiry = await context.Inquiries.Include(i => i.Patients).SingleOrDefaultAsync(i => i.Id == inquiryId, cancellationToken);
        if (inquiry is null)
        {
            return InquiryErrors.InquiryNotFound(inquiryId);
        }

        if (input.Version is { } version && version != inquiry.Version)
        {
            return InquiryErrors.Concurrency;
        }

        // The new answer counts from the day the therapist answered, as the old one did.
        var now = clock.GetUtcNow();
        var answeredAt = inquiry.Patients.FirstOrDefault(p => p.SearchId == input.SearchId)?.AnsweredAt ?? now;
        Result<AnswerCorrected> corrected;
        try
        {
            corrected = await new AnswerContext(context, inquiry, now, answeredAt, coolingWeeks).CorrectAsync(input, by, cancellationToken);
        }
        catch (TemplateRenderException failure)
        {
            return failure.ToError();
        }

        if (!corrected.IsSuccess)
        {
            return corrected;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
            return corrected;
        }
        catch (DbUpdateException exception) when (WriteConflicts.IsRetryable(exception))
        {
            return InquiryErrors.Concurrency;
        }
    }

    private async Task<Result<AnswerEffect>> RecordOnceAsync(AnswerInput input, int coolingWeeks, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var inquiry = await context.Inquiries.Include(i => i.Patients).SingleOrDefaultAsync(i => i.Id == input.InquiryId, cancellationToken);
        if (inquiry is null)
        {
            return InquiryErrors.InquiryNotFound(input.InquiryId);
        }

        var now = clock.GetUtcNow();
        var answeredOn = input.AnsweredOn ?? clock.Today();
        if (answeredOn < BoonaTime.ToLocalDate(inquiry.SentAt ?? inquiry.CreatedAt))
        {
            return InquiryErrors.AnsweredBeforeSent;
        }

        // Today's answer carries the moment it was recorded; an earlier day has no known time, so midday stands for
        // it, though never before the inquiry went out.
        var sentOrCreated = inquiry.SentAt ?? inquiry.CreatedAt;
        var midday = BoonaTime.AtLocal(answeredOn, new TimeOnly(12, 0));
        var answeredAt = answeredOn == clock.Today() ? now : midday < sentOrCreated ? sentOrCreated : midday;
        var effect = await new AnswerContext(context, inquiry, now, answeredAt, coolingWeeks).ApplyAsync(input, cancellationToken);
        if (effect.IsSuccess)
        {
            await context.SaveChangesAsync(cancellationToken);
        }

        return effect;
    }
}
