using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Therapists;

/// <summary>The directory's writes: validation, status changes and stale versions, on both providers.</summary>
public sealed class TherapistCommandsTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_created_therapist_is_active_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var created = await TherapistDirectory.Commands(database).CreateAsync(Build.TherapistProfile("Neumann"), Token);

        Assert.True(created.IsSuccess);
        var stored = await LoadAsync(database, created.Value);
        Assert.Equal(("Neumann", TherapistStatus.Active, Build.Now), (stored.LastName, stored.Status, stored.CreatedAt));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_invalid_profile_is_refused_field_by_field_and_nothing_is_stored(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var profile = Build.TherapistProfile() with { LastName = " ", City = "", Phone = "ruf mich an", Website = "praxis" };

        var created = await TherapistDirectory.Commands(database).CreateAsync(profile, Token);

        Assert.False(created.IsSuccess);
        Assert.Equal(["City", "LastName", "Phone", "Website"], created.Errors.Select(e => e.Field).Order());
        await using var context = database.CreateContext();
        Assert.Equal(0, await context.Therapists.CountAsync(Token));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_change_based_on_a_stale_version_is_refused_and_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(Build.TherapistProfile("Alt"), Token)).Value;

        var first = await commands.UpdateProfileAsync(id, 0, Build.TherapistProfile("Neu"), Token);
        var second = await commands.BlockAsync(id, 0, "Keine Anfragen", null, Token);

        Assert.True(first.IsSuccess);
        Assert.Equal("concurrency", second.FirstError?.Code);
        var stored = await LoadAsync(database, id);
        Assert.Equal(("Neu", TherapistStatus.Active, 1), (stored.LastName, stored.Status, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Blocking_keeps_reason_and_end_and_unblocking_clears_them(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(Build.TherapistProfile(), Token)).Value;

        var blocked = await commands.BlockAsync(id, 0, " Elternzeit ", Build.Today.AddDays(30), Token);
        var afterBlock = await LoadAsync(database, id);
        var unblocked = await commands.UnblockAsync(id, afterBlock.Version, Token);
        var afterUnblock = await LoadAsync(database, id);

        Assert.True(blocked.IsSuccess && unblocked.IsSuccess);
        Assert.Equal((TherapistStatus.Blocked, "Elternzeit", Build.Today, Build.Today.AddDays(30)), (afterBlock.Status, afterBlock.BlockReason, afterBlock.BlockedOn, afterBlock.BlockedUntil));
        Assert.Equal((TherapistStatus.Active, null, null, null), (afterUnblock.Status, afterUnblock.BlockReason, afterUnblock.BlockedOn, afterUnblock.BlockedUntil));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_block_needs_a_reason_and_an_end_not_in_the_past(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(Build.TherapistProfile(), Token)).Value;

        var noReason = await commands.BlockAsync(id, 0, "  ", null, Token);
        var pastEnd = await commands.BlockAsync(id, 0, "Urlaub", Build.Today.AddDays(-1), Token);

        Assert.Equal(("therapist.block.reason", "Reason"), (noReason.FirstError?.Code, noReason.FirstError?.Field));
        Assert.Equal(("therapist.block.until", "Until"), (pastEnd.FirstError?.Code, pastEnd.FirstError?.Field));
        Assert.Equal(TherapistStatus.Active, (await LoadAsync(database, id)).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_therapist_pending_review_is_accepted_or_rejected_but_not_blocked(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await TherapistDirectory.SeedAsync(database);
        var commands = TherapistDirectory.Commands(database);
        var bode = await FindAsync(database, "Bode");
        var aber = await FindAsync(database, "Aber");

        var block = await commands.BlockAsync(bode.Id, bode.Version, "Test", null, Token);
        var accept = await commands.AcceptReviewAsync(bode.Id, bode.Version, Token);
        var rejectActive = await commands.RejectReviewAsync(aber.Id, aber.Version, Token);

        Assert.Equal("therapist.transition", block.FirstError?.Code);
        Assert.True(accept.IsSuccess);
        Assert.Equal("therapist.transition", rejectActive.FirstError?.Code);
        Assert.Equal(TherapistStatus.Active, (await FindAsync(database, "Bode")).Status);
        Assert.Equal(TherapistStatus.Active, (await FindAsync(database, "Aber")).Status);
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Preferences_availability_phone_hours_and_contact_rules_are_saved(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var commands = TherapistDirectory.Commands(database);
        var id = (await commands.CreateAsync(Build.TherapistProfile(), Token)).Value;

        var badAges = await commands.SetPreferencesAsync(id, 0, new([], 60, 20, null, false), Token);
        Assert.True((await commands.SetPreferencesAsync(id, 0, new([Icd10Prefix.Parse("F4"), Icd10Prefix.Parse("F32")], 18, 65, Gender.Female, true), Token)).IsSuccess);
        Assert.True((await commands.ConfirmAvailabilityAsync(id, 1, new(Build.Today.AddDays(14), null, false, " ab Januar "), Token)).IsSuccess);
        Assert.True((await commands.SetPhoneHoursAsync(id, 2, WeeklyWindows.FromStorage("Mo 09:00-10:00; Mi 14:00-15:30"), Token)).IsSuccess);
        Assert.True((await commands.SetContactRulesAsync(id, 3, new(true, Build.Today.AddDays(7), ContactChannel.Phone), Token)).IsSuccess);

        Assert.Equal(("therapist.age-range.order", "PatientAgeMax"), (badAges.FirstError?.Code, badAges.FirstError?.Field));
        var stored = await LoadAsync(database, id);
        Assert.Equal(["F32", "F4"], stored.PreferredDiagnoses.Select(d => d.Value));
        Assert.Equal((18, 65, Gender.Female, true), (stored.PatientAgeMin, stored.PatientAgeMax, stored.PreferredPatientGender, stored.PrefersGroupTherapy));
        Assert.Equal((Build.Today.AddDays(14), "ab Januar", Build.Now), (stored.FreeIndividualPlaceFrom, stored.AvailabilityNote, stored.AvailabilityConfirmedAt));
        Assert.Equal("Mon 09:00-10:00; Wed 14:00-15:30", stored.PhoneHours.ToString());
        Assert.Equal((true, Build.Today.AddDays(7), ContactChannel.Phone, 4), (stored.KnowsBoona, stored.ContactPausedUntil, stored.PreferredChannel, stored.Version));
    }

    [Theory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_unknown_therapist_is_reported_not_thrown(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);

        var result = await TherapistDirectory.Commands(database).UnblockAsync(4711, 0, Token);

        Assert.Equal("therapist.not-found", result.FirstError?.Code);
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
