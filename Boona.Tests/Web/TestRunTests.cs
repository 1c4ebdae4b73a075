using System.Text.Json;
using Boona.Tests.Support;

namespace Boona.Tests.Web;

/// <summary>What a newcomer meets running the tests from a fresh clone: reasons for skips, one command for everything, no litter.</summary>
public sealed class TestRunTests
{
    [Fact]
    public void The_runner_prints_diagnostic_messages_so_each_skip_reason_shows_at_the_default_verbosity()
    {
        using var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "xunit.runner.json")));

        Assert.True(settings.RootElement.GetProperty("diagnosticMessages").GetBoolean());
    }

    [Fact]
    public void The_readme_names_one_command_for_every_test_and_it_is_executable()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));
        var script = Path.Combine(RepositoryRoot.Path, "scripts", "test-everything");

        Assert.Contains("scripts/test-everything", readme, StringComparison.Ordinal);
        Assert.True(OperatingSystem.IsWindows() || File.GetUnixFileMode(script).HasFlag(UnixFileMode.UserExecute));
        Assert.Contains("BOONA_REQUIRE_ALL=1", File.ReadAllText(script), StringComparison.Ordinal);
    }

    [Fact]
    public void The_test_command_compiles_the_benchmarks_because_the_solution_holds_them()
    {
        var solution = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "Boona.sln"));

        Assert.Contains(@"Boona.Benchmarks\Boona.Benchmarks.csproj", solution, StringComparison.Ordinal);
    }

    [Fact]
    public void Files_of_a_run_that_ended_are_removed_and_the_running_ones_kept()
    {
        var mine = TestFiles.NewPath("probe", ".txt");
        File.WriteAllText(mine, "kept while this run lasts");
        var abandoned = Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(TestFiles.Folder)!, $"run-{int.MaxValue}")).FullName;
        File.WriteAllText(Path.Combine(abandoned, "app.db"), "left by a crashed run");

        TestFiles.RemoveAbandoned();

        Assert.False(Directory.Exists(abandoned));
        Assert.True(File.Exists(mine));
        Assert.StartsWith(Path.GetTempPath(), TestFiles.Folder, StringComparison.Ordinal);
        Assert.EndsWith($"run-{Environment.ProcessId}", TestFiles.Folder, StringComparison.Ordinal);
    }
}
