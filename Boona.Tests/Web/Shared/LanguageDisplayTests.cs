using System.Globalization;
using System.Reflection;
using Boona.Domain.Patients;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Patients;
using Boona.Web.Components.Pages.Therapists;
using Bunit;

namespace Boona.Tests.Web.Shared;

/// <summary>Pages name languages, never show their codes, and warn where old values could not be matched to the list.</summary>
public sealed class LanguageDisplayTests : BoonaComponentContext
{
    [Fact]
    public void The_therapist_page_shows_German_names_and_what_could_not_be_matched()
    {
        var therapist = Build.Therapist();
        Legacy(therapist, "_languages", ["tr", "Englisch", "Klingonisch"]);
        therapist.MapStoredLanguages();

        var card = Render<TherapistProfileCard>(p => p.Add(c => c.Therapist, therapist));

        Assert.Contains("Englisch, Türkisch", card.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">en, tr<", card.Markup, StringComparison.Ordinal);
        Assert.Contains("„Klingonisch“", card.Find("[data-testid=unmapped-languages]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_patient_page_shows_German_names_and_English_ones_in_the_English_UI()
    {
        var patient = Build.Patient();
        Assert.True(patient.UpdatePreferences(new PatientPreferences(TherapistGenderPreference.Any, [], ["ar", "en"])).IsSuccess);

        var german = Render<PatientLogisticsCard>(p => p.Add(c => c.Patient, patient));
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var english = Render<PatientLogisticsCard>(p => p.Add(c => c.Patient, patient));

        Assert.Contains("Arabisch, Englisch", german.Markup, StringComparison.Ordinal);
        Assert.Contains("Arabic, English", english.Markup, StringComparison.Ordinal);
        Assert.Empty(german.FindAll("[data-testid=unmapped-languages]"));
    }

    /// <summary>Languages as a version before the list stored them, written past the domain, which refuses them now.</summary>
    private static void Legacy(object entity, string field, List<string> values) =>
        entity.GetType().GetField(field, BindingFlags.NonPublic | BindingFlags.Instance)!.SetValue(entity, values);
}
