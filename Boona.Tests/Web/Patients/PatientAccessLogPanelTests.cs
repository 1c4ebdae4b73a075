using Boona.Infrastructure.Patients;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Components.Pages.Patients;
using Boona.Web.Security;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Boona.Tests.Web.Patients;

/// <summary>The access log is for admins: the panel itself refuses to read it for anyone else, wherever it is rendered.</summary>
public sealed class PatientAccessLogPanelTests : BoonaComponentContext, IAsyncLifetime
{
    private TestDatabase _database = default!;
    private int _patientId;

    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        await using (var context = _database.CreateContext())
        {
            var patient = Build.QualifiedPatient();
            context.Patients.Add(patient);
            await context.SaveChangesAsync(Xunit.TestContext.Current.CancellationToken);
            _patientId = patient.Id;
        }

        var log = new PatientAccessLog(_database.Factory, new FakeTimeProvider(Build.Now));
        await log.RecordAsync(_patientId, new PatientAccessor("u1", "kim@boona.de"), Xunit.TestContext.Current.CancellationToken);
        Services.AddSingleton(log);
    }

    public new async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public void An_admin_sees_who_opened_the_record_and_when()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("alex@boona.de");
        authorization.SetRoles(BoonaRoles.Admin);

        var panel = Render<PatientAccessLogPanel>(p => p.Add(c => c.PatientId, _patientId));

        panel.WaitForAssertion(() => Assert.Contains("kim@boona.de", panel.Find("[data-testid=access-log]").TextContent, StringComparison.Ordinal));
        Assert.Contains("26.11.2026 10:00", panel.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_coordinator_gets_no_entries_even_when_the_panel_is_rendered()
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized("kim@boona.de");
        authorization.SetRoles(BoonaRoles.Coordinator);

        var panel = Render<PatientAccessLogPanel>(p => p.Add(c => c.PatientId, _patientId));

        Assert.NotNull(panel.Find("[data-testid=access-log-denied]"));
        Assert.DoesNotContain("kim@boona.de", panel.Markup, StringComparison.Ordinal);
    }
}
