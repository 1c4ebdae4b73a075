using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using PostalCodeQueries = Boona.Infrastructure.Geo.PostalCodes.PostalCodeQueries;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Therapists;

/// <summary>
/// Changes to the therapist directory, for the UI and the HTTP API alike: each takes the use case's input, lets the
/// <see cref="Therapist"/> judge it and saves through <see cref="TherapistChanges"/>. Status changes name who made them
/// (<c>by</c>: a staff member's e-mail or <c>API: &lt;key&gt;</c>) for the status history.
/// </summary>
public sealed class TherapistCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock, PostalCodeQueries postalCodes)
{
    /// <summary>A therapist entered by a coordinator is active at once, and placed at the postal code's centroid when it is known.</summary>
    public async Task<Result<int>> CreateAsync(TherapistProfileInput input, CancellationToken cancellationToken)
    {
        var profile = input.ToProfile();
        var created = profile.IsSuccess ? Therapist.Create(profile.Value, TherapistStatus.Active, clock.GetUtcNow()) : Result<Therapist>.Failure(profile.Errors);
        if (!created.IsSuccess)
        {
            return Result<int>.Failure(created.Errors);
        }

        await LocateAsync(created.Value, cancellationToken);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        context.Therapists.Add(created.Value);
        await context.SaveChangesAsync(cancellationToken);
        return Result<int>.Of(created.Value.Id);
    }

    /// <summary>A moved practice loses its geocoded location and is placed at once at the new postal code's centroid.</summary>
    public Task<Result> UpdateProfileAsync(int id, int? version, TherapistProfileInput input, CancellationToken cancellationToken)
    {
        var profile = input.ToProfile();
        return profile.IsSuccess
            ? ChangeAsync(id, version, t => t.UpdateProfile(profile.Value), cancellationToken, LocateAsync)
            : Task.FromResult<Result>(Result.Failure(profile.Errors));
    }

    public Task<Result> SetPhoneHoursAsync(int id, TherapistPhoneHoursInput input, CancellationToken cancellationToken)
    {
        var hours = input.Windows();
        return hours.IsSuccess
            ? ChangeAsync(id, input.Version, t => t.SetPhoneHours(hours.Value), cancellationToken)
            : Task.FromResult<Result>(Result.Failure(hours.Errors));
    }

    public Task<Result> SetPreferencesAsync(int id, TherapistPreferencesInput input, CancellationToken cancellationToken)
    {
        var diagnoses = input.Diagnoses();
        return diagnoses.IsSuccess
            ? ChangeAsync(
                id,
                input.Version,
                t => t.SetPreferences(diagnoses.Value, input.PatientAgeMin, input.PatientAgeMax, input.PreferredPatientGender, input.PrefersGroupTherapy),
                cancellationToken)
            : Task.FromResult<Result>(Result.Failure(diagnoses.Errors));
    }

    /// <summary>Recorded as confirmed now: a coordinator enters what the therapist just told them.</summary>
    public Task<Result> ConfirmAvailabilityAsync(int id, TherapistAvailabilityInput input, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            input.Version,
            t => t.ConfirmAvailability(input.FreeIndividualPlaceFrom, input.FreeGroupPlaceFrom, input.PotentiallyAvailable, input.AvailabilityNote, clock.GetUtcNow()),
            cancellationToken);

    public Task<Result> SetContactRulesAsync(int id, TherapistContactRulesInput input, CancellationToken cancellationToken) =>
        ChangeAsync(
            id,
            input.Version,
            t =>
            {
                var rules = t.SetContactRules(input.ContactPausedUntil, input.PreferredChannel, clock.Today());
                if (rules.IsSuccess)
                {
                    t.MarkKnowsBoona(input.KnowsBoona);
                }

                return rules;
            },
            cancellationToken);

    /// <summary>Closes the therapist for all inquiries from today, optionally until (and including) the input's last day.</summary>
    public Task<Result> BlockAsync(int id, TherapistBlockInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.Block(input.Reason, input.Until, Stamp(by)), cancellationToken);

    public Task<Result> UnblockAsync(int id, TherapistStatusInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.Unblock(input.Reason, Stamp(by)), cancellationToken);

    /// <summary>A therapist who retired or moved away: inactive, never selected, the reason kept in the status history.</summary>
    public Task<Result> DeactivateAsync(int id, TherapistStatusInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.Deactivate(input.Reason, Stamp(by)), cancellationToken);

    public Task<Result> ReactivateAsync(int id, TherapistStatusInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.Reactivate(input.Reason, Stamp(by)), cancellationToken);

    /// <summary>A therapist found by the import becomes contactable.</summary>
    public Task<Result> AcceptReviewAsync(int id, TherapistStatusInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.AcceptReview(input.Reason, Stamp(by)), cancellationToken);

    /// <summary>A therapist found by the import is not one Boona contacts: kept as inactive.</summary>
    public Task<Result> RejectReviewAsync(int id, TherapistStatusInput input, string by, CancellationToken cancellationToken) =>
        ChangeAsync(id, input.Version, t => t.RejectReview(input.Reason, Stamp(by)), cancellationToken);

    private Task<Result> ChangeAsync(int id, int? version, Func<Therapist, Result> change, CancellationToken cancellationToken, Func<Therapist, CancellationToken, Task>? beforeSave = null) =>
        TherapistChanges.ApplyAsync(contextFactory, id, version, change, cancellationToken, beforeSave);

    private StatusStamp Stamp(string by) => new(clock.GetUtcNow(), clock.Today(), by);

    private async Task LocateAsync(Therapist therapist, CancellationToken cancellationToken)
    {
        if (therapist.Location is not null)
        {
            return;
        }

        var centroids = await postalCodes.FindAsync([therapist.PostalCode.Value], cancellationToken);
        if (centroids.TryGetValue(therapist.PostalCode.Value, out var centroid))
        {
            therapist.LocateAtCentroid(centroid.Point);
        }
    }
}
