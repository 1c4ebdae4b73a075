using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// Changes to the therapist directory, for the UI and the HTTP API alike. Each change names the
/// <c>Version</c> the caller saw; a change made meanwhile by someone else fails with <see cref="TherapistErrors.Concurrency"/>.
/// </summary>
public sealed class TherapistCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>A therapist entered by a coordinator is active at once.</summary>
    public async Task<Result<int>> CreateAsync(TherapistProfile profile, CancellationToken cancellationToken)
    {
        var created = Therapist.Create(profile, TherapistStatus.Active, clock.GetUtcNow());
        if (!created.IsSuccess)
        {
            return Result<int>.Failure(created.Errors);
        }

        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Therapists.Add(created.Value);
        await context.SaveChangesAsync(cancellationToken);
        return Result<int>.Of(created.Value.Id);
    }

    public Task<Result> UpdateProfileAsync(int id, int version, TherapistProfile profile, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => t.UpdateProfile(profile), cancellationToken);

    public Task<Result> SetPhoneHoursAsync(int id, int version, WeeklyWindows phoneHours, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => Done(() => t.SetPhoneHours(phoneHours)), cancellationToken);

    public Task<Result> SetPreferencesAsync(int id, int version, TherapistPreferencesInput input, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => t.SetPreferences(input.Diagnoses, input.AgeMin, input.AgeMax, input.PatientGender, input.PrefersGroupTherapy), cancellationToken);

    /// <summary>Recorded as confirmed now: a coordinator enters what the therapist just told them.</summary>
    public Task<Result> ConfirmAvailabilityAsync(int id, int version, TherapistAvailabilityInput input, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            version,
            t => Done(() => t.ConfirmAvailability(input.FreeIndividualPlaceFrom, input.FreeGroupPlaceFrom, input.PotentiallyAvailable, input.Note, clock.GetUtcNow())),
            cancellationToken);

    public Task<Result> SetContactRulesAsync(int id, int version, TherapistContactRulesInput input, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            version,
            t => Done(() =>
            {
                t.MarkKnowsBoona(input.KnowsBoona);
                t.SetContactRules(input.ContactPausedUntil, input.PreferredChannel);
            }),
            cancellationToken);

    /// <summary>Closes the therapist for all inquiries from today, optionally until (and including) <paramref name="until"/>.</summary>
    public Task<Result> BlockAsync(int id, int version, string reason, DateOnly? until, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return Task.FromResult(Result.Failure(TherapistErrors.BlockReasonRequired));
        }

        var today = clock.Today();
        if (until is not null && until < today)
        {
            return Task.FromResult(Result.Failure(TherapistErrors.BlockEndInPast));
        }

        return ChangeAsync(id, version, t => Done(() => t.Block(reason, today, until)), cancellationToken);
    }

    public Task<Result> UnblockAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => Done(t.Unblock), cancellationToken);

    /// <summary>A therapist found by the import becomes contactable.</summary>
    public Task<Result> AcceptReviewAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => Done(t.AcceptReview), cancellationToken);

    /// <summary>A therapist found by the import is not one Boona contacts: kept as inactive.</summary>
    public Task<Result> RejectReviewAsync(int id, int version, CancellationToken cancellationToken) =>
        ChangeAsync(id, version, t => Done(t.RejectReview), cancellationToken);

    private async Task<Result> ChangeAsync(int id, int version, Func<Therapist, Result> change, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var therapist = await context.Therapists.SingleOrDefaultAsync(t => t.Id == id, cancellationToken);
        if (therapist is null)
        {
            return Result.Failure(TherapistErrors.NotFound(id));
        }

        if (therapist.Version != version)
        {
            return Result.Failure(TherapistErrors.Concurrency);
        }

        Result result;
        try
        {
            result = change(therapist);
        }
        catch (DomainException exception)
        {
            return Result.Failure(new Error(exception.Code, exception.Message));
        }

        if (!result.IsSuccess)
        {
            return result;
        }

        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Result.Failure(TherapistErrors.Concurrency);
        }

        return Result.Success();
    }

    private static Result Done(Action action)
    {
        action();
        return Result.Success();
    }
}
