using System.Globalization;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Shell;

/// <summary>The English switch changes the texts; dates and times stay German and in German local time.</summary>
public sealed class CultureSwitchTests
{
    [Fact]
    public async Task In_English_the_texts_change_but_dates_stay_in_German_format_and_Berlin_time()
    {
        await using var app = new BoonaAppFactory();
        var (id, confirmedAt) = await ConfirmedTherapistAsync(app);
        using var client = await StaffClient.SignedInAsync(app, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);

        using var switched = await client.GetAsync(new Uri($"/culture?culture=en&redirectUri=/therapists/{id}", UriKind.Relative), Token);
        var html = await client.GetStringAsync(new Uri($"/therapists/{id}", UriKind.Relative), Token);

        var berlin = TimeZoneInfo.ConvertTime(confirmedAt, TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"));
        Assert.Contains("Last confirmed", html, StringComparison.Ordinal);
        Assert.Contains(berlin.ToString("dd.MM.yyyy HH:mm", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
    }

    private static async Task<(int Id, DateTimeOffset ConfirmedAt)> ConfirmedTherapistAsync(BoonaAppFactory app)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(Token);
        var therapist = await context.Therapists.AsNoTracking()
            .Where(t => t.AvailabilityConfirmedAt != null).OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.AvailabilityConfirmedAt }).FirstAsync(Token);
        return (therapist.Id, therapist.AvailabilityConfirmedAt!.Value);
    }
}
