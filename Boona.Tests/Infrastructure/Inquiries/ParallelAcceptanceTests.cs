using Boona.Domain.Inquiries;
using Boona.Domain.Searches;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Boona.Tests.Infrastructure.Inquiries;

/// <summary>
/// Two coordinators record acceptances of the same patient from two inquiries at the same moment.
/// A gate holds both transactions until each has read and applied its answer, then lets them write
/// together — truly parallel — and exactly one placement must come out.
/// </summary>
public sealed class ParallelAcceptanceTests
{
    [Theory, EveryProvider]
    public async Task Two_simultaneous_acceptances_of_one_patient_end_with_exactly_one_placement_and_one_conflict(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var world = new InquiryWorld(database);
        for (var round = 0; round < 3; round++)
        {
            var first = await world.AddTherapistAsync($"Adler{round}");
            var second = await world.AddTherapistAsync($"Berg{round}");
            var search = await world.AddSearchAsync($"Gesucht{round}");
            var firstInquiry = await world.SentInquiryAsync(first, search);
            var secondInquiry = await world.SentInquiryAsync(second, search);
            var gate = new SaveGate(parties: 2);
            var answers = new AnswerCommands(new GatedFactory(database, gate), world.Settings, world.Clock);

            var results = await Task.WhenAll(
                Task.Run(() => answers.RecordAsync(new AnswerInput(firstInquiry, search.Id, InquiryOutcome.Accepted), Token), Token),
                Task.Run(() => answers.RecordAsync(new AnswerInput(secondInquiry, search.Id, InquiryOutcome.Accepted), Token), Token));

            Assert.True(gate.BothArrived);
            Assert.Equal([AnswerEffect.Placed, AnswerEffect.Conflict], results.Select(r => r.Value).Order());
            var winner = results[0].Value == AnswerEffect.Placed ? (first, firstInquiry) : (second, secondInquiry);
            var loser = winner.Item2 == firstInquiry ? secondInquiry : firstInquiry;
            var stored = await world.SearchAsync(search.Id);
            Assert.Equal((SearchStatus.Placed, winner.Item1.Id), (stored.Status, stored.PlacedTherapistId!.Value));
            Assert.Single(stored.Events, e => e.Kind == SearchEventKind.Placed);
            var late = (await world.InquiryAsync(loser)).PatientFor(search.Id);
            Assert.Equal((InquiryOutcome.Accepted, true), (late.Outcome, late.IsConflict));
            Assert.False((await world.InquiryAsync(winner.Item2)).PatientFor(search.Id).IsConflict);
        }
    }

    /// <summary>Holds every save until <paramref name="parties"/> saves are waiting, then releases them all at once.</summary>
    private sealed class SaveGate(int parties) : SaveChangesInterceptor
    {
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public bool BothArrived => _open.Task.IsCompletedSuccessfully;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (Interlocked.Increment(ref _arrived) >= parties)
            {
                _open.TrySetResult();
            }

            await _open.Task.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
            return result;
        }
    }

    /// <summary>Contexts exactly as the app configures them, with the gate added.</summary>
    private sealed class GatedFactory(TestDatabase database, SaveGate gate) : IDbContextFactory<BoonaDbContext>
    {
        public BoonaDbContext CreateDbContext()
        {
            if (database.Provider == DatabaseProvider.Sqlite)
            {
                var sqlite = new DbContextOptionsBuilder<SqliteBoonaDbContext>();
                PersistenceServiceCollectionExtensions.ConfigureSqlite(sqlite, database.ConnectionString);
                return new SqliteBoonaDbContext(sqlite.AddInterceptors(gate).Options);
            }

            var postgres = new DbContextOptionsBuilder<PostgresBoonaDbContext>();
            PersistenceServiceCollectionExtensions.ConfigurePostgres(postgres, database.ConnectionString);
            return new PostgresBoonaDbContext(postgres.AddInterceptors(gate).Options);
        }
    }
}
