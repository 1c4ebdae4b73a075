using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Patients;

public sealed class PatientAccessLogTests
{
    [Theory, EveryProvider]
    public async Task Each_opening_is_recorded_with_who_and_when_and_listed_newest_first(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await SeedAsync(database);
        var other = await SeedAsync(database);
        var clock = new FakeTimeProvider(Build.Now);
        var log = new PatientAccessLog(database.Factory, clock);

        await log.RecordAsync(patient, new PatientAccessor("u1", "anna@boona.de"), Token);
        clock.Advance(TimeSpan.FromMinutes(5));
        await log.RecordAsync(patient, new PatientAccessor("u2", "ben@boona.de"), Token);
        await log.RecordAsync(other, new PatientAccessor("u1", "anna@boona.de"), Token);

        var page = await log.ListAsync(patient, 0, 10, Token);
        Assert.Equal(2, page.Total);
        Assert.Equal(
            [
                new PatientAccessEntry("ben@boona.de", Build.Now.AddMinutes(5), PatientAccessKind.Record, null),
                new PatientAccessEntry("anna@boona.de", Build.Now, PatientAccessKind.Record, null),
            ],
            page.Items);
    }

    [Theory, EveryProvider]
    public async Task The_log_is_paged_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await SeedAsync(database);
        var clock = new FakeTimeProvider(Build.Now);
        var log = new PatientAccessLog(database.Factory, clock);
        for (var i = 0; i < 5; i++)
        {
            await log.RecordAsync(patient, new PatientAccessor("u1", $"user{i}"), Token);
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var second = await log.ListAsync(patient, 1, 2, Token);

        Assert.Equal(5, second.Total);
        Assert.Equal(["user2", "user1"], second.Items.Select(e => e.UserName));
    }

    [Theory, EveryProvider]
    public async Task A_list_records_one_row_per_patient_shown_with_where_and_keeps_the_detail_short(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var first = await SeedAsync(database);
        var second = await SeedAsync(database);
        var log = new PatientAccessLog(database.Factory, new FakeTimeProvider(Build.Now));
        var longAddress = "/patients?q=" + new string('s', 300);

        await log.RecordAsync([first, second, first], new PatientAccessor("u1", "anna@boona.de"), PatientAccessKind.List, longAddress, Token);

        var firstLog = await log.ListAsync(first, 0, 10, Token);
        var secondLog = await log.ListAsync(second, 0, 10, Token);
        Assert.Equal(PatientAccessKind.List, Assert.Single(firstLog.Items).Kind);
        Assert.Equal(longAddress[..PatientAccess.DetailMaxLength], Assert.Single(secondLog.Items).Detail);
    }

    [Theory, EveryProvider]
    public async Task Recording_an_access_does_not_touch_the_patient(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var patient = await SeedAsync(database);

        await new PatientAccessLog(database.Factory, TimeProvider.System).RecordAsync(patient, new PatientAccessor("u1", "anna"), Token);

        await using var context = database.CreateContext();
        Assert.Equal(0, (await context.Patients.SingleAsync(p => p.Id == patient, Token)).Version);
    }

    private static async Task<int> SeedAsync(TestDatabase database)
    {
        await using var context = database.CreateContext();
        var patient = Build.QualifiedPatient();
        context.Patients.Add(patient);
        await context.SaveChangesAsync(Token);
        return patient.Id;
    }
}
