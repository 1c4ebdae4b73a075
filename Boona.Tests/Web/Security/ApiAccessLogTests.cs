using System.Net;
using System.Text.Json;
using Boona.Domain.Inquiries;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Api;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Boona.Tests.Web.Security;

/// <summary>
/// Every API read that names patients writes one access-log row per patient for the key that asked. The endpoints
/// are enumerated from the app, so a new one that returns patients without logging fails here.
/// </summary>
public sealed class ApiAccessLogTests
{
    private const string KeyName = "Auswertung";

    [Fact]
    public async Task Every_api_read_that_names_patients_logs_each_of_them_for_the_key()
    {
        await using var app = new BoonaAppFactory();
        using var client = await KeyClientAsync(app);
        var ids = await DemoIdsAsync(app);
        var readsNamingPatients = 0;
        var notLogged = new List<string>();

        foreach (var template in ApiReads(app))
        {
            var path = Fill(template, ids);
            var since = DateTimeOffset.UtcNow.AddSeconds(-1);
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative), Token);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode}");

            var named = PatientIdsIn(JsonDocument.Parse(await response.Content.ReadAsStringAsync(Token)).RootElement, template.StartsWith("/api/v1/patients", StringComparison.Ordinal));
            readsNamingPatients += named.Count > 0 ? 1 : 0;
            var logged = await LoggedSinceAsync(app, since);
            notLogged.AddRange(named.Where(id => !logged.Contains(id)).Select(id => $"{path}: patient {id}"));
        }

        Assert.True(notLogged.Count == 0, "Returned without an access-log entry: " + string.Join(", ", notLogged));
        Assert.True(readsNamingPatients >= 5, $"Only {readsNamingPatients} reads named a patient: the enumeration is broken.");
    }

    [Fact]
    public async Task A_name_search_over_the_api_is_logged_with_its_text()
    {
        await using var app = new BoonaAppFactory();
        using var client = await KeyClientAsync(app);
        var since = DateTimeOffset.UtcNow.AddSeconds(-1);
        var patient = await ReadAsync(app, c => c.Patients.OrderBy(p => p.Id).Select(p => new { p.Id, p.LastName }).FirstAsync(Token));

        using var response = await client.GetAsync(new Uri($"/api/v1/patients?text={Uri.EscapeDataString(patient.LastName)}", UriKind.Relative), Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = await ReadAsync(app, c => c.PatientAccesses.Where(a => a.PatientId == patient.Id && a.Kind == PatientAccessKind.List).ToListAsync(Token));
        var row = Assert.Single(rows, r => r.At >= since);
        Assert.Equal($"API: {KeyName}", row.UserName);
        Assert.Contains($"text={Uri.EscapeDataString(patient.LastName)}", row.Detail, StringComparison.Ordinal);
    }

    /// <summary>The API's GET routes, from the app's own endpoint list (the OpenAPI document and the unknown-route answer aside).</summary>
    private static IEnumerable<string> ApiReads(BoonaAppFactory app) =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/'))
            .Where(p => p.StartsWith(ApiServiceCollectionExtensions.Prefix + "/", StringComparison.Ordinal) && !p.Contains("openapi", StringComparison.Ordinal) && !p.Contains("**", StringComparison.Ordinal))
            .Distinct();

    private static string Fill(string template, IReadOnlyDictionary<string, string> ids)
    {
        var segments = template.Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            if (segments[i].StartsWith('{'))
            {
                var name = segments[i].Trim('{', '}').Split(':')[0];
                segments[i] = name == "id" ? ids[segments[i - 1]] : ids[name];
            }
        }

        return string.Join('/', segments);
    }

    /// <summary>Every <c>patientId</c> in the answer; under <c>/patients</c> the records' own <c>id</c> too.</summary>
    private static HashSet<int> PatientIdsIn(JsonElement element, bool idIsPatient)
    {
        var found = new HashSet<int>();
        void Walk(JsonElement e, bool isRecord)
        {
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray())
                {
                    Walk(item, isRecord);
                }
            }
            else if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in e.EnumerateObject())
                {
                    if (property.Value.ValueKind == JsonValueKind.Number && (property.Name == "patientId" || (isRecord && property.Name == "id")))
                    {
                        found.Add(property.Value.GetInt32());
                    }

                    Walk(property.Value, isRecord && property.Name == "items");
                }
            }
        }

        Walk(element, idIsPatient);
        return found;
    }

    private static async Task<HttpClient> KeyClientAsync(BoonaAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var key = (await scope.ServiceProvider.GetRequiredService<ApiKeyCommands>().CreateAsync(KeyName, ApiKeyScope.Admin, "admin@test", Token)).Value.Key;
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add(ApiKeyDefaults.Header, key);
        return client;
    }

    /// <summary>Ids with the most to show: an answered inquiry, its therapist, one of its patients, that patient's search and region.</summary>
    private static Task<Dictionary<string, string>> DemoIdsAsync(BoonaAppFactory app) => ReadAsync(app, async c =>
    {
        var inquiry = await c.Inquiries.AsNoTracking().Include(i => i.Patients)
            .Where(i => i.AnswerType == AnswerType.PartialAcceptance).OrderBy(i => i.Id).FirstAsync(Token);
        var entry = inquiry.Patients.OrderBy(p => p.Position).First();
        var postalCode = await c.Patients.Where(p => p.Id == entry.PatientId).Select(p => p.PostalCode.Value).SingleAsync(Token);
        return new Dictionary<string, string>
        {
            ["inquiries"] = inquiry.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["therapists"] = inquiry.TherapistId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["patients"] = entry.PatientId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["searches"] = entry.SearchId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["region"] = postalCode[..2],
            ["kind"] = "Inquiry",
        };
    });

    private static async Task<HashSet<int>> LoggedSinceAsync(BoonaAppFactory app, DateTimeOffset since) =>
        (await ReadAsync(app, c => c.PatientAccesses.Where(a => a.UserName == $"API: {KeyName}").Select(a => new { a.PatientId, a.At }).ToListAsync(Token)))
            .Where(a => a.At >= since).Select(a => a.PatientId).ToHashSet();

    private static async Task<T> ReadAsync<T>(BoonaAppFactory app, Func<BoonaDbContext, Task<T>> read)
    {
        await using var context = await app.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>().CreateDbContextAsync(Token);
        return await read(context);
    }
}
