using Boona.Domain.Common;
using Boona.Domain.Matching;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Inquiries;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Therapists;

/// <summary>The directory's writes: validation, status changes and stale versions, on both providers.</summary>
public sealed class TherapistCommandsTests
{
    private const string By = "lena@boona.de";

    [Theory, EveryProvider]
    public async Task A_created_therapist_is_active_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var created = await TherapistDirectory.Commands(database).CreateAsync(TherapistInputs.Profile("Neumann"), Token);

        Assert.True(created.IsSuccess);
        var stored = await LoadAsync(database, created.Value);
        Assert.Equal(("Neumann", TherapistStatus.Active, Build.Now), (stored.LastName, stored.Status, stored.CreatedAt));
    }

    [Theory, EveryProvider]
    public async Task An_invalid_profile_is_refused_field_by_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var profile = TherapistInputs.From(Build.TherapistProfile() with { LastName = " ", City = "", Phone = "ruf mich an", Website = "praxis" });

        var created = await TherapistDirectory.Commands(database).CreateAsync(profile, Token);

        Assert.False(created.IsSuccess);
        Assert.Equal(["City", "LastName", "Phone", "Website"], created.Errors.Select(e => e.Field).Order());
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Therapists.CountAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task A_change_based_on_a_stale_version_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(TherapistInputs.Profile("Alt"), Token)).Value;

        var first = await commands.UpdateProfileAsync(id, 0, TherapistInputs.Profile("Neu"), Token);
        var second = await commands.BlockAsync(id, new() { Version = 0, Reason = "Keine Anfragen" }, By, Token);

        Assert.True(first.IsSuccess);
        Assert.Equal("concurrency", second.FirstError?.Code);
        var stored = await LoadAsync(database, id);
        Assert.Equal(("Neu", TherapistStatus.Active, 1), (stored.LastName, stored.Status, stored.Version));
    }

    [Theory, EveryProvider]
    public async Task Blocking_keeps_reason_and_end_and_unblocking_clears_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(TherapistInputs.Profile(), Token)).Value;

        var blocked = await commands.BlockAsync(id, new() { Version = 0, Reason = " Elternzeit ", Until = Build.Today.AddDays(30) }, By, Token);
        var afterBlock = await LoadAsync(database, id);
        var unblocked = await commands.UnblockAsync(id, new() { Version = afterBlock.Version }, By, Token);
        var afterUnblock = await LoadAsync(database, id);

        Assert.True(blocked.IsSuccess && unblocked.IsSuccess);
        Assert.Equal((TherapistStatus.Blocked, "Elternzeit", Build.Today, Build.Today.AddDays(30)), (afterBlock.Status, afterBlock.BlockReason, afterBlock.BlockedOn, afterBlock.BlockedUntil));
        Assert.Equal((TherapistStatus.Active, null, null, null), (afterUnblock.Status, afterUnblock.BlockReason, afterUnblock.BlockedOn, afterUnblock.BlockedUntil));
    }

    [Theory, EveryProvider]
    public async Task A_block_needs_a_reason_and_an_end_not_in_the_past(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(TherapistInputs.Profile(), Token)).Value;

        var noReason = await commands.BlockAsync(id, new() { Version = 0, Reason = "  " }, By, Token);
        var pastEnd = await commands.BlockAsync(id, new() { Version = 0, Reason = "Urlaub", Until = Build.Today.AddDays(-1) }, By, Token);

        Assert.Equal(("therapist.block.reason", "Reason"), (noReason.FirstError?.Code, noReason.FirstError?.Field));
        Assert.Equal(("therapist.block.until", "Until"), (pastEnd.FirstError?.Code, pastEnd.FirstError?.Field));
        Assert.Equal(TherapistStatus.Active, (await LoadAsync(database, id)).Status);
    }

    [Theory, EveryProvider]
    public async Task A_therapist_pending_review_is_accepted_or_rejected_but_not_blocked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);
        var commands = TherapistDirectory.Commands(database);
        var bode = await FindAsync(database, "Bode");
        var aber = await FindAsync(database, "Aber");

        var block = await commands.BlockAsync(bode.Id, new() { Version = bode.Version, Reason = "Test" }, By, Token);
        var accept = await commands.AcceptReviewAsync(bode.Id, new() { Version = bode.Version }, By, Token);
        var rejectActive = await commands.RejectReviewAsync(aber.Id, new() { Version = aber.Version }, By, Token);

        Assert.Equal("therapist.transition", block.FirstError?.Code);
        Assert.True(accept.IsSuccess);
        Assert.Equal("therapist.transition", rejectActive.FirstError?.Code);
        Assert.Equal(TherapistStatus.Active, (await FindAsync(database, "Bode")).Status);
        Assert.Equal(TherapistStatus.Active, (await FindAsync(database, "Aber")).Status);
    }

    [Theory, EveryProvider]
    public async Task Preferences_availability_phone_hours_and_contact_rules_are_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(TherapistInputs.Profile(), Token)).Value;

        var badAges = await commands.SetPreferencesAsync(id, new() { Version = 0, PatientAgeMin = 60, PatientAgeMax = 20 }, Token);
        Assert.True((await commands.SetPreferencesAsync(id, new() { Version = 0, PreferredDiagnoses = "F4, F32", PatientAgeMin = 18, PatientAgeMax = 65, PreferredPatientGender = Gender.Female, PrefersGroupTherapy = true }, Token)).IsSuccess);
        Assert.True((await commands.ConfirmAvailabilityAsync(id, new() { Version = 1, FreeIndividualPlaceFrom = Build.Today.AddDays(14), AvailabilityNote = " ab Januar " }, Token)).IsSuccess);
        Assert.True((await commands.SetPhoneHoursAsync(id, new() { Version = 2, PhoneHours = "Mo 09:00-10:00; Mi 14:00-15:30" }, Token)).IsSuccess);
        Assert.True((await commands.SetContactRulesAsync(id, new() { Version = 3, KnowsBoona = true, ContactPausedUntil = Build.Today.AddDays(7), PreferredChannel = ContactChannel.Phone }, Token)).IsSuccess);

        Assert.Equal(("therapist.age-range.order", "PatientAgeMax"), (badAges.FirstError?.Code, badAges.FirstError?.Field));
        var stored = await LoadAsync(database, id);
        Assert.Equal(["F32", "F4"], stored.PreferredDiagnoses.Select(d => d.Value));
        Assert.Equal((18, 65, Gender.Female, true), (stored.PatientAgeMin, stored.PatientAgeMax, stored.PreferredPatientGender, stored.PrefersGroupTherapy));
        Assert.Equal((Build.Today.AddDays(14), "ab Januar", Build.Now), (stored.FreeIndividualPlaceFrom, stored.AvailabilityNote, stored.AvailabilityConfirmedAt));
        Assert.Equal("Mon 09:00-10:00; Wed 14:00-15:30", stored.PhoneHours.ToString());
        Assert.Equal((true, Build.Today.AddDays(7), ContactChannel.Phone, 4), (stored.KnowsBoona, stored.ContactPausedUntil, stored.PreferredChannel, stored.Version));
    }

    [Theory, EveryProvider]
    public async Task An_unknown_therapist_is_reported_not_thrown(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await TherapistDirectory.Commands(database).UnblockAsync(4711, new() { Version = 0 }, By, Token);

        Assert.Equal("therapist.not-found", result.FirstError?.Code);
    }

    [Theory, EveryProvider]
    public async Task A_deactivated_therapist_is_kept_with_the_reason_in_the_history_and_reactivated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(TherapistInputs.Profile(), Token)).Value;

        var noReason = await commands.DeactivateAsync(id, new() { Version = 0, Reason = " " }, By, Token);
        var deactivated = await commands.DeactivateAsync(id, new() { Version = 0, Reason = "Ruhestand seit Oktober" }, By, Token);
        var again = await commands.DeactivateAsync(id, new() { Reason = "nochmal" }, By, Token);
        var stale = await commands.ReactivateAsync(id, new() { Version = 0 }, By, Token);
        var inactive = (await TherapistDirectory.Queries(database).GetDetailAsync(id, Token))!;
        var reactivated = await commands.ReactivateAsync(id, new() { Version = 1 }, "API: Website", Token);
        var activeAgain = await commands.ReactivateAsync(id, new(), By, Token);
        var history = (await TherapistDirectory.Queries(database).StatusChangesAsync(id, Token))!;

        Assert.Equal((ErrorKind.Invalid, "Reason"), (noReason.FirstError!.Kind, noReason.FirstError.Field));
        Assert.True(deactivated.IsSuccess && reactivated.IsSuccess);
        Assert.Equal([ErrorKind.Conflict, ErrorKind.Conflict, ErrorKind.Conflict], new[] { again, stale, activeAgain }.Select(r => r.FirstError!.Kind));
        Assert.Equal("concurrency", stale.FirstError!.Code);
        Assert.Equal((TherapistStatus.Inactive, "Ruhestand seit Oktober", By, Build.Now), (inactive.Therapist.Status, inactive.Deactivation!.Reason, inactive.Deactivation.By, inactive.Deactivation.At));
        Assert.Equal(TherapistStatus.Active, (await LoadAsync(database, id)).Status);
        Assert.Equal([(TherapistStatus.Active, "API: Website", null), (TherapistStatus.Inactive, By, "Ruhestand seit Oktober")], history.Select(c => (c.To, c.By, c.Reason)));
    }

    [Theory, EveryProvider]
    public async Task A_new_or_moved_therapist_is_located_at_once_at_the_postal_code_centroid(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var context = database.CreateContext())
        {
            context.PostalCodes.AddRange(
                new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", Latitude = 50.9381, Longitude = 6.9570 },
                new PostalCodeCentroid { Code = "10115", Place = "Berlin", State = "Berlin", Latitude = 52.5323, Longitude = 13.3846 });
            await context.SaveChangesAsync(Token);
        }

        var commands = TherapistDirectory.Commands(database);
        var located = (await commands.CreateAsync(TherapistInputs.Profile("Köln", "50667"), Token)).Value;
        var unknown = (await commands.CreateAsync(TherapistInputs.Profile("Nirgends", "50999"), Token)).Value;
        var afterCreate = await LoadAsync(database, located);
        Assert.True((await commands.UpdateProfileAsync(located, afterCreate.Version, TherapistInputs.Profile("Köln", "10115"), Token)).IsSuccess);
        Assert.True((await commands.UpdateProfileAsync(unknown, 0, TherapistInputs.Profile("Nirgends", "50667"), Token)).IsSuccess);

        Assert.Equal(new Location(50.9381, 6.9570, LocationSource.PostalCodeCentroid), afterCreate.Location);
        Assert.Equal(new Location(52.5323, 13.3846, LocationSource.PostalCodeCentroid), (await LoadAsync(database, located)).Location);
        Assert.Equal(new Location(50.9381, 6.9570, LocationSource.PostalCodeCentroid), (await LoadAsync(database, unknown)).Location);
    }

    [Theory, EveryProvider]
    public async Task A_deactivated_therapist_is_never_selected_nor_asked_until_reactivated(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        var therapist = await world.AddTherapistAsync("Weber");
        var search = await world.AddSearchAsync("Schmidt");
        var commands = TherapistDirectory.Commands(database);
        Assert.True((await world.Matching.LoadRegionAsync("50", Token)).Value.Selection.IsContactable(therapist.Id));

        Assert.True((await commands.DeactivateAsync(therapist.Id, new() { Reason = "Praxis geschlossen" }, By, Token)).IsSuccess);
        var selection = (await world.Matching.LoadRegionAsync("50", Token)).Value.Selection;
        var asked = await world.Inquiries.CreateAsync(new NewInquiry(therapist.Id, [search.Id]), Token);
        Assert.True((await commands.ReactivateAsync(therapist.Id, new(), By, Token)).IsSuccess);

        Assert.False(selection.IsContactable(therapist.Id));
        Assert.Equal(SkipReason.Inactive, selection.SkipOf(therapist.Id)!.Reason);
        Assert.Equal((ErrorKind.Conflict, "inquiry.therapist.not-contactable"), (asked.FirstError!.Kind, asked.FirstError.Code));
        Assert.True((await world.Matching.LoadRegionAsync("50", Token)).Value.Selection.IsContactable(therapist.Id));
    }

    private static async Task<Therapist> LoadAsync(TestDatabase database, int id)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.AsNoTracking().SingleAsync(t => t.Id == id, Token);
    }

    private static async Task<Therapist> FindAsync(TestDatabase database, string lastName)
    {
        await using var context = database.CreateContext();
        return await context.Therapists.AsNoTracking().SingleAsync(t => t.LastName == lastName, Token);
    }
}
