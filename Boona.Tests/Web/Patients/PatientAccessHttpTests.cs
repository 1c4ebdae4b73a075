using System.Net;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Patients;

/// <summary>The page's first HTML already carries the record, so fetching it is an access even if it never goes interactive.</summary>
public sealed class PatientAccessHttpTests
{
    [Fact]
    public async Task Fetching_a_patient_page_without_a_live_connection_is_logged_once()
    {
        await using var app = new BoonaAppFactory();
        var factory = app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        int patientId;
        await using (var context = await factory.CreateDbContextAsync(Token))
        {
            patientId = await context.Patients.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Token);
        }

        using var client = await StaffClient.SignedInAsync(app, DemoAccounts.Coordinator.Email, DemoAccounts.Coordinator.Password);
        using var response = await client.GetAsync(new Uri($"/patients/{patientId}", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var after = await factory.CreateDbContextAsync(Token);
        var accesses = await after.PatientAccesses.Where(a => a.PatientId == patientId).Select(a => a.UserName).ToListAsync(Token);
        Assert.Equal([DemoAccounts.Coordinator.Email], accesses);
    }
}
