using System.Text;
using Boona.Domain.Inquiries;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// The per-process region cache never shows a stale selection or candidate list. Each change goes through its real use
/// case, which gives the cache no signal in this process: like a change made by another app instance, it is seen only
/// through the database's matching stamp. Each test proves first that the change alters what a fresh read shows, then
/// that the cached read shows the same.
/// </summary>
public sealed class RegionCacheTests
{
    private const string By = "test";

    [Theory, EveryProvider]
    public async Task An_answer_is_seen_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, first, _, search, _) = await RegionAsync(database);
        var inquiryId = await world.SentInquiryAsync(first, search);

        await AssertSeenAsync(world, () => world.Answers.RecordAsync(new AnswerInput(inquiryId, search.Id, InquiryOutcome.DeclinedNoCapacity), Token));
    }

    [Theory, EveryProvider]
    public async Task A_new_inquiry_is_seen_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, first, _, search, _) = await RegionAsync(database);

        await AssertSeenAsync(world, () => world.Inquiries.CreateAsync(new NewInquiry(first.Id, [search.Id]), Token));
    }

    [Theory, EveryProvider]
    public async Task A_paused_search_is_seen_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, _, _, search, _) = await RegionAsync(database);

        await AssertSeenAsync(world, () => new SearchCommands(database.Factory, world.Clock).PauseAsync(search.Id, new SearchPauseInput { Reason = "Urlaub" }, By, Token));
    }

    [Theory, EveryProvider]
    public async Task A_therapist_edit_is_seen_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, first, _, _, _) = await RegionAsync(database);
        var therapists = new TherapistCommands(database.Factory, world.Clock, new PostalCodeQueries(database.Factory));

        await AssertSeenAsync(world, () => therapists.BlockAsync(first.Id, new TherapistBlockInput { Reason = "Praxis renoviert" }, By, Token));
    }

    [Theory, EveryProvider]
    public async Task A_patient_edit_is_seen_at_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, first, _, search, _) = await RegionAsync(database);
        var exclusions = new PatientExclusions(database.Factory, world.Clock);

        await AssertSeenAsync(world, () => exclusions.AddAsync(search.PatientId, new ExclusionInput { TherapistId = first.Id, Reason = "Kennt die Praxis privat" }, Token));
    }

    [Theory, EveryProvider]
    public async Task A_therapist_added_to_the_directory_is_seen_at_once(DatabaseProvider provider)
    {
        // What an import does: new therapists arrive through SaveChanges like a coordinator's entry.
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, _, _, _, _) = await RegionAsync(database);

        await AssertSeenAsync(world, () => world.AddTherapistAsync("Neumann"));
    }

    [Theory, EveryProvider]
    public async Task Without_a_saved_change_the_kept_region_is_served(DatabaseProvider provider)
    {
        // Proves the cache is used at all: a write that bypasses SaveChanges (and so the stamp) stays unseen. This is why
        // every write to matching data must go through SaveChanges.
        await using var database = await TestDatabase.CreateAsync(provider);
        var (world, first, _, _, _) = await RegionAsync(database);
        var cached = await SnapshotAsync(world.Matching);

        await using (var context = database.CreateContext())
        {
            await context.Therapists.Where(t => t.Id == first.Id).ExecuteDeleteAsync(Token);
        }

        Assert.NotEqual(cached, await SnapshotAsync(FreshMatching(world)));
        Assert.Equal(cached, await SnapshotAsync(world.Matching));
    }

    [Fact]
    public void The_least_recently_used_region_leaves_first()
    {
        var cache = new RegionCache(capacity: 2);
        var stamp = Guid.NewGuid();
        RegionTherapists Empty() => new([], [], new HashSet<int>(), 0);
        cache.Keep("50", stamp, Empty());
        cache.Keep("51", stamp, Empty());
        Assert.NotNull(cache.Therapists("50", stamp));

        cache.Keep("52", stamp, Empty());

        Assert.NotNull(cache.Therapists("50", stamp));
        Assert.Null(cache.Therapists("51", stamp));
        Assert.NotNull(cache.Therapists("52", stamp));
        Assert.Null(cache.Therapists("52", Guid.NewGuid()));
    }

    /// <summary>Two therapists and two searches in region 50, read once through the cache (selection and candidates).</summary>
    private static async Task<(InquiryWorld World, Boona.Domain.Therapists.Therapist First, Boona.Domain.Therapists.Therapist Second, Boona.Domain.Searches.PlacementSearch Search, Boona.Domain.Searches.PlacementSearch Other)> RegionAsync(TestDatabase database)
    {
        var world = new InquiryWorld(database);
        var first = await world.AddTherapistAsync("Adler");
        var second = await world.AddTherapistAsync("Berg");
        var search = await world.AddSearchAsync("Schmidt");
        var other = await world.AddSearchAsync("Yilmaz", kmNorth: 5);
        await SnapshotAsync(world.Matching);
        return (world, first, second, search, other);
    }

    private static async Task AssertSeenAsync<T>(InquiryWorld world, Func<Task<T>> change)
    {
        var before = await SnapshotAsync(world.Matching);
        Assert.Equal(before, await SnapshotAsync(world.Matching));

        var result = await change();
        if (result is Boona.Domain.Common.Result { IsSuccess: false } failed)
        {
            Assert.Fail(string.Join("; ", failed.Errors.Select(e => e.Message)));
        }

        var fresh = await SnapshotAsync(FreshMatching(world));
        Assert.NotEqual(before, fresh);
        Assert.Equal(fresh, await SnapshotAsync(world.Matching));
    }

    private static async Task AssertSeenAsync(InquiryWorld world, Func<Task> change) =>
        await AssertSeenAsync(world, async () => { await change(); return true; });

    /// <summary>Another process's view: its own, empty cache.</summary>
    private static MatchingQueries FreshMatching(InquiryWorld world) =>
        new(world.Database.Factory, world.Settings, new NoRouting(), new RegionCache(), world.Clock);

    /// <summary>Everything a coordinator sees of region 50: the active searches, each therapist's tier or skip reason, and their candidates.</summary>
    private static async Task<string> SnapshotAsync(MatchingQueries matching)
    {
        var region = (await matching.LoadRegionAsync("50", Token)).Value;
        var text = new StringBuilder().Append("active ").Append(region.ActiveSearches).AppendLine();
        foreach (var selected in region.Selection.Contactable)
        {
            text.Append(selected.Therapist.LastName).Append(": ").Append(selected.Tier).AppendLine();
        }

        foreach (var skipped in region.Selection.Skipped)
        {
            text.Append(skipped.Therapist.LastName).Append(": skipped ").Append(skipped.Reason).AppendLine();
        }

        foreach (var therapist in region.Therapists.OrderBy(t => t.Id))
        {
            var preview = await region.CandidatesForAsync(therapist, Token);
            text.Append(therapist.LastName).Append(" suits ").AppendJoin(',', preview.Suitable.Select(c => c.Search.SearchId))
                .Append(" leaves out ").AppendJoin(',', preview.LeftOut.Select(l => l.Search.SearchId)).AppendLine();
        }

        return text.ToString();
    }
}
