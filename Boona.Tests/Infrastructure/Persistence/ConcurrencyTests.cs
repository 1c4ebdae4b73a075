using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Persistence;

/// <summary>Two coordinators editing the same record: the second save with a stale version is refused.</summary>
public sealed class ConcurrencyTests
{
    [Theory, EveryProvider]
    public async Task A_stale_therapist_update_is_refused(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await AddAsync(database, Build.Therapist());
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Therapists.SingleAsync(Token);
        var theirs = await second.Therapists.SingleAsync(Token);

        mine.MarkKnowsBoona(true);
        await first.SaveChangesAsync(Token);
        theirs.Block("Keine Anfragen", null, Build.Stamp());

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Token));
        await using var check = database.CreateContext();
        var stored = await check.Therapists.SingleAsync(Token);
        Assert.Equal((1, true, TherapistStatus.Active), (stored.Version, stored.KnowsBoona, stored.Status));
    }

    [Theory, EveryProvider]
    public async Task A_change_to_an_owned_exclusion_counts_as_a_change_to_the_search(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = Build.QualifiedPatient();
        await AddAsync(database, patient);
        await AddAsync(database, PlacementSearch.Start(patient.Id, Build.Now));
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Searches.SingleAsync(Token);
        var theirs = await second.Searches.SingleAsync(Token);

        mine.Exclude(7, "Passt nicht", Build.Now);
        await first.SaveChangesAsync(Token);
        theirs.Pause(null, "Urlaub", Build.Today, Build.Now, null);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Token));
        Assert.Equal(1, mine.Version);
    }

    [Theory, EveryProvider]
    public async Task Two_answers_to_the_same_inquiry_from_stale_copies_conflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var therapist = Build.Therapist();
        var patient = Build.QualifiedPatient();
        await AddAsync(database, therapist);
        await AddAsync(database, patient);
        var search = PlacementSearch.Start(patient.Id, Build.Now);
        await AddAsync(database, search);
        var inquiry = Inquiry.Compose(therapist.Id, ContactChannel.Email, [(search.Id, patient.Id)], 6, Build.Now);
        inquiry.MarkSent(Build.Now);
        await AddAsync(database, inquiry);

        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.Inquiries.Include(i => i.Patients).SingleAsync(Token);
        var theirs = await second.Inquiries.Include(i => i.Patients).SingleAsync(Token);
        mine.RecordAnswer(search.Id, InquiryOutcome.Accepted, Build.Now);
        await first.SaveChangesAsync(Token);
        theirs.RecordAnswer(search.Id, InquiryOutcome.DeclinedNoCapacity, Build.Now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Token));
    }

    [Theory, EveryProvider]
    public async Task A_patient_cannot_have_two_open_searches(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = Build.QualifiedPatient();
        await AddAsync(database, patient);
        var cancelled = PlacementSearch.Start(patient.Id, Build.Now);
        cancelled.Cancel("verzogen", Build.Now, null);
        await AddAsync(database, cancelled);
        await AddAsync(database, PlacementSearch.Start(patient.Id, Build.Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => AddAsync(database, PlacementSearch.Start(patient.Id, Build.Now)));
        await using var check = database.CreateContext();
        Assert.Equal(2, await check.Searches.CountAsync(Token));
    }

    private static async Task AddAsync(TestDatabase database, object entity)
    {
        await using var context = database.CreateContext();
        context.Add(entity);
        await context.SaveChangesAsync(Token);
    }
}
