using System.Net;
using Boona.Domain.Common;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Tests.Web.Api;
using Microsoft.EntityFrameworkCore;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Patients;

/// <summary>What the patient page does, a machine does through the same use cases.</summary>
public sealed class PatientApiTests
{
    [Theory, EveryProvider]
    public async Task A_patient_registered_through_the_API_is_located_at_her_postal_codes_centroid_at_once(DatabaseProvider provider)
    {
        await using var running = await ProviderApiApp.StartAsync(provider);
        var app = running.App;
        await app.ChangeAsync(c =>
        {
            c.PostalCodes.Add(new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", Latitude = 50.9387, Longitude = 6.9547 });
            return Task.CompletedTask;
        });
        using var client = app.Client(await app.NewKeyAsync());

        using var created = await client.PostAsync(
            Url("/api/v1/patients"), new StringContent(PatientApiBadInputTests.Valid().ToJsonString(), System.Text.Encoding.UTF8, "application/json"), Token);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var location = await app.ReadAsync(c => c.Patients.AsNoTracking().Select(p => p.Location).SingleAsync(Token));
        Assert.Equal(new Location(50.9387, 6.9547, LocationSource.PostalCodeCentroid), location);
    }
}
