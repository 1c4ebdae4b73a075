using Boona.Domain.Common;
using Boona.Domain.Patients;
using Boona.Domain.Searches;
using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Infrastructure.Searches;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Patients;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Web.Patients;

/// <summary>A patient in therapy (where a successful search leads) is not offered "Platzsuche starten" (issue 11 item 8).</summary>
public sealed class PatientSearchCardTests : BoonaComponentContext
{
    public PatientSearchCardTests()
    {
        Services.AddSingleton<IDbContextFactory<BoonaDbContext>, NoDatabase>();
        Services.AddSingleton<TimeProvider>(new FakeTimeProvider(Build.Now));
        Services.AddTransient<SearchCommands>();
    }

    [Fact]
    public void A_patient_in_therapy_after_a_successful_search_is_not_offered_a_new_search()
    {
        var patient = Build.QualifiedPatient();
        Assert.True(patient.MarkSearching(Build.Today).IsSuccess);
        Assert.True(patient.MarkPlaced(Build.Today).IsSuccess);
        Assert.True(patient.MarkInTherapy(Build.Today).IsSuccess);
        var start = PlacementSearch.CanStartFor(patient, hasOpenSearch: false, Build.Today);

        var card = Render<PatientSearchCard>(p => p.Add(c => c.Details, Details(patient, SearchStatus.Successful, start)));

        Assert.Equal((ErrorKind.Conflict, "search.patient-status"), (start.FirstError!.Kind, start.FirstError.Code));
        Assert.Empty(card.FindAll("[data-testid=start-search]"));
        Assert.Contains("eine neue Platzsuche ist erst nach dem Ende der Therapie möglich", card.Find("[data-testid=no-search-start]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void After_the_therapy_a_new_search_is_offered_again()
    {
        var patient = Build.QualifiedPatient();
        Assert.True(patient.MarkSearching(Build.Today).IsSuccess);
        Assert.True(patient.MarkInTherapy(Build.Today).IsSuccess);
        Assert.True(patient.FinishTherapy().IsSuccess);

        var card = Render<PatientSearchCard>(p => p.Add(c => c.Details, Details(patient, SearchStatus.Successful, PlacementSearch.CanStartFor(patient, false, Build.Today))));

        Assert.False(card.Find("[data-testid=start-search]").HasAttribute("disabled"));
    }

    private static PatientDetails Details(Patient patient, SearchStatus earlier, Result start) =>
        new(patient, PreQualification.Check(patient, Build.Today), [new SearchSummary(1, earlier, Build.Now.AddDays(-60), null, null)], [], [], start, []);

    /// <summary>The card reads nothing; only a click on "start" would reach the database.</summary>
    private sealed class NoDatabase : IDbContextFactory<BoonaDbContext>
    {
        public BoonaDbContext CreateDbContext() => throw new InvalidOperationException("The card does not read the database.");
    }
}
