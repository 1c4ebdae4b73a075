using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Common;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Infrastructure.Persistence;

/// <summary>The filters the lists and the matching rely on run in the database on both providers.</summary>
public sealed class QueryTranslationTests
{
    [Theory, EveryProvider]
    public async Task Therapy_methods_region_and_email_filter_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.CreateContext())
        {
            seed.AddRange(
                Therapist.Create(Build.TherapistProfile("Aber", "50667", methods: [TherapyMethod.Vt]), TherapistStatus.Active, Build.Now).Value,
                Therapist.Create(Build.TherapistProfile("Bode", "50999", methods: [TherapyMethod.Tp, TherapyMethod.St]), TherapistStatus.Active, Build.Now).Value,
                Therapist.Create(Build.TherapistProfile("Cramer", "51105", methods: [TherapyMethod.St], email: EmailAddress.Parse("team@praxis.de")), TherapistStatus.Active, Build.Now).Value,
                Therapist.Create(Build.TherapistProfile("Dietz", "49080", methods: [TherapyMethod.St], email: EmailAddress.Parse("team@praxis.de")), TherapistStatus.Active, Build.Now).Value);
            await seed.SaveChangesAsync(Token);
        }

        await using var context = database.CreateContext();
        var systemic = await context.Therapists.Where(t => t.Methods.Contains(TherapyMethod.St)).OrderBy(t => t.LastName).Select(t => t.LastName).ToListAsync(Token);
        var region50 = await context.Therapists.InPostalPrefix("50")
            .OrderBy(t => t.LastName).Select(t => t.LastName).ToListAsync(Token);
        var prefix = await context.Therapists.InPostalPrefix("511").Select(t => t.LastName).ToListAsync(Token);
        var startsWith = await context.Therapists.Where(t => t.PostalCode.Value.StartsWith("49")).Select(t => t.LastName).ToListAsync(Token);
        var practice = EmailAddress.Parse("TEAM@praxis.de");
        var sharedEmail = await context.Therapists.Where(t => t.Email == practice).CountAsync(Token);

        Assert.Equal(["Bode", "Cramer", "Dietz"], systemic);
        Assert.Equal(["Aber", "Bode"], region50);
        Assert.Equal(["Cramer"], prefix);
        Assert.Equal(["Dietz"], startsWith);
        Assert.Equal(2, sharedEmail);
    }

    [Theory, EveryProvider]
    public async Task Instants_compare_and_sort_in_the_database(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var seed = database.CreateContext())
        {
            var early = Build.Therapist("Early");
            early.RecordContact(ContactChannel.Email, Build.Now.AddDays(-10));
            var late = Build.Therapist("Late");
            late.RecordContact(ContactChannel.Email, new DateTimeOffset(2026, 11, 26, 12, 0, 0, TimeSpan.FromHours(1)));
            seed.AddRange(early, late);
            await seed.SaveChangesAsync(Token);
        }

        await using var context = database.CreateContext();
        var since = Build.Now.AddDays(-1);
        var recent = await context.Therapists.Where(t => t.LastEmailContactAt > since).Select(t => t.LastName).ToListAsync(Token);
        var ordered = await context.Therapists.OrderByDescending(t => t.LastEmailContactAt).Select(t => t.LastName).ToListAsync(Token);
        var stored = await context.Therapists.SingleAsync(t => t.LastName == "Late", Token);

        Assert.Equal(["Late"], recent);
        Assert.Equal(["Late", "Early"], ordered);
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 11, 0, 0, TimeSpan.Zero), stored.LastEmailContactAt);
    }
}

public sealed class PostalCodeRangeTests
{
    [Theory]
    [InlineData("50", "50", "51")]
    [InlineData("09", "09", "10")]
    [InlineData("0", "0", "1")]
    [InlineData("50667", "50667", "50668")]
    [InlineData("99", "99", null)]
    public void A_prefix_becomes_a_half_open_range(string prefix, string lower, string? upper) =>
        Assert.Equal((lower, upper), PostalCodeQueries.Range(prefix));

    [Theory]
    [InlineData("")]
    [InlineData("5a")]
    [InlineData("123456")]
    public void Only_digit_prefixes_are_accepted(string prefix) =>
        Assert.Throws<ArgumentException>(() => PostalCodeQueries.Range(prefix));
}
