using Boona.Domain.Matching;
using Boona.Infrastructure.Geo;
using Boona.Infrastructure.Geo.PostalCodes;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Infrastructure.Settings;
using Boona.Infrastructure.Therapists;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Infrastructure.Matching;

/// <summary>
/// Therapists and patients speak one vocabulary: a therapist entered with the German name of a language is a candidate
/// for a patient who needs it by its code, through the very use cases the pages and the API call (issue 10 item 8).
/// </summary>
public sealed class LanguageMatchingTests
{
    [Theory, EveryProvider]
    public async Task A_therapist_entered_with_Englisch_is_a_candidate_for_a_patient_who_needs_en(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(Build.Now);
        await using (var context = database.CreateContext())
        {
            context.PostalCodes.Add(new PostalCodeCentroid { Code = "50667", Place = "Köln", State = "Nordrhein-Westfalen", Latitude = 50.9381, Longitude = 6.9570 });
            await context.SaveChangesAsync(Token);
        }

        var postalCodes = new PostalCodeQueries(database.Factory);
        var therapist = TherapistInputs.Profile();
        therapist.Languages = ["Englisch"];
        var therapistId = (await new TherapistCommands(database.Factory, clock, postalCodes).CreateAsync(therapist, Token)).Value;
        var english = await SearchAsync(database, clock, postalCodes, "Schmidt", "en");
        var turkish = await SearchAsync(database, clock, postalCodes, "Yilmaz", "tr");

        var matching = new MatchingQueries(database.Factory, new SettingsStore(database.Factory, clock), new NoRouting(), new RegionCache(), clock);
        var preview = (await matching.PreviewAsync(therapistId, Token)).Value.Preview;

        Assert.Equal(["en"], (await database.CreateContext().Therapists.AsNoTracking().SingleAsync(Token)).Languages);
        Assert.True(preview.IsSuitable(english), string.Join("; ", preview.LeftOut.SelectMany(l => l.Reasons)));
        Assert.True(Assert.Single(preview.LeftOut, l => l.Search.SearchId == turkish).Failed.Contains(Criterion.Language));
    }

    private static async Task<int> SearchAsync(TestDatabase database, TimeProvider clock, PostalCodeQueries postalCodes, string lastName, string language)
    {
        var input = PatientInputs.Valid(lastName);
        input.Languages = [language];
        var patientId = (await new PatientCommands(database.Factory, clock, postalCodes).RegisterAsync(input, Token)).Value;
        return (await new SearchCommands(database.Factory, clock).StartAsync(patientId, Token)).Value;
    }
}
