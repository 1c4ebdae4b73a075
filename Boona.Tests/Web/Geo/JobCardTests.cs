using Boona.Infrastructure.Jobs;
using Boona.Web.Components.Pages.Admin.Jobs;
using Bunit;

namespace Boona.Tests.Web.Geo;

public sealed class JobCardTests : BoonaComponentContext
{
    private static readonly DateTimeOffset Started = new(2026, 11, 26, 1, 30, 0, TimeSpan.Zero);

    [Fact]
    public void A_running_job_shows_its_progress_and_cannot_be_started_again()
    {
        var running = Run(1, JobRunStatus.Running, 40, 100, message: "Therapist 17 changed meanwhile");
        var card = Render<JobCard>(p => p.Add(c => c.Job, Job("geocoding-refresh", "0 30 2 * * ?", running)));

        Assert.Contains("Standorte ermitteln", card.Markup, StringComparison.Ordinal);
        Assert.Contains("40 von 100 (40 %)", card.Find(".job-progress").TextContent, StringComparison.Ordinal);
        Assert.True(card.Find("#job-run-geocoding-refresh").HasAttribute("disabled"));
        Assert.Equal("Läuft", card.Find(".job-status").TextContent.Trim());
        Assert.Contains("Nächster Lauf: 27.11.2026 02:30", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Finished_runs_are_listed_with_trigger_status_and_message_and_run_now_is_offered()
    {
        string? requested = null;
        var runs = new[]
        {
            Run(2, JobRunStatus.Failed, 0, null, "anna@boona.de", "Line 4: InvalidCoordinates"),
            Run(1, JobRunStatus.Succeeded, 3, 3),
        };
        var card = Render<JobCard>(p => p
            .Add(c => c.Job, Job("geocoding-refresh", "0 30 2 * * ?", runs))
            .Add(c => c.OnRunNow, name => requested = name));

        card.Find("#job-run-geocoding-refresh").Click();

        Assert.Equal("geocoding-refresh", requested);
        var rows = card.FindAll(".job-runs tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Contains("Manuell: anna@boona.de", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Fehlgeschlagen", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Line 4: InvalidCoordinates", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Zeitplan", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("3 von 3", rows[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void A_job_that_needs_input_links_to_its_page_instead_of_run_now()
    {
        var card = Render<JobCard>(p => p.Add(c => c.Job, new JobOverview("postal-code-import", null, "/admin/postal-codes", null, [])));

        Assert.Empty(card.FindAll("#job-run-postal-code-import"));
        Assert.Equal("/admin/postal-codes", card.Find("#job-open-postal-code-import").GetAttribute("href"));
        Assert.Contains("Nur auf Anforderung", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Noch kein Lauf.", card.Markup, StringComparison.Ordinal);
    }

    private static JobOverview Job(string name, string cron, params JobRunView[] runs) =>
        new(name, cron, null, new DateTimeOffset(2026, 11, 27, 1, 30, 0, TimeSpan.Zero), runs);

    private static JobRunView Run(long id, JobRunStatus status, int done, int? total, string? user = null, string? message = null) =>
        new(id, user is null ? JobTriggerKind.Schedule : JobTriggerKind.Manual, user, Started, status == JobRunStatus.Running ? null : Started.AddSeconds(12), status, done, total, 0, message);
}
