using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Persistence.Demo;

/// <summary>
/// Fills an empty database with a realistic, reproducible German data set: therapists around six
/// cities, pre-qualified patients, and searches and inquiries in every state. Dates are relative to
/// today so that "overdue" and "cooling" mean something on the day the demo runs.
/// </summary>
public sealed class DemoDataSeeder(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    private const int Seed = 20261126;

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var random = new DemoRandom(Seed);
        var now = clock.GetUtcNow();
        var today = Common.BoonaTime.ToLocalDate(now);
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken);

        var therapists = DemoTherapists.Create(random, now, today);
        var patients = DemoPatients.Create(random, now, today);
        context.Therapists.AddRange(therapists);
        context.Patients.AddRange(patients);
        context.PostalCodes.AddRange(DemoPostalCodes.Create());
        await context.SaveChangesAsync(cancellationToken);

        var searches = DemoSearches.Create(random, patients, today);
        context.Searches.AddRange(searches);
        await context.SaveChangesAsync(cancellationToken);

        var inquiries = new DemoInquiries(random, now, today);
        inquiries.Create(therapists, patients, searches);
        context.Inquiries.AddRange(inquiries.Created.Select(c => c.Inquiry));
        await context.SaveChangesAsync(cancellationToken);

        var outreach = new DemoOutreach(now, today);
        outreach.Create(inquiries.Created, therapists.ToDictionary(t => t.Id), patients.ToDictionary(p => p.Id));
        context.EmailMessages.AddRange(outreach.Emails);
        context.PhoneCalls.AddRange(outreach.Calls.Select(c => c.Call));
        DemoPatientMails.Create(context, patients, searches, therapists.ToDictionary(t => t.Id));
        await context.SaveChangesAsync(cancellationToken);

        foreach (var (call, followUpOf) in outreach.Calls.Where(c => c.FollowUpOf is not null))
        {
            followUpOf!.AttachFollowUpCall(call.Id);
        }

        await context.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
