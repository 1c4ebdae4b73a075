using Boona.Tests.Support;
using Boona.Web.Security;

namespace Boona.Tests.Web.Security;

/// <summary>
/// Outside Development the app never makes the demo accounts (their passwords are published) unless asked,
/// never prints a password, and does not run without an admin.
/// </summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task A_production_start_on_sqlite_without_an_admin_refuses_with_a_clear_message()
    {
        using var database = new ScratchSqliteFile();

        var (exitCode, output) = await AppProcess.RunToExitAsync("Production", database.Arguments);

        Assert.Equal(1, exitCode);
        Assert.Contains("no admin account exists", output, StringComparison.Ordinal);
        Assert.Contains("Bootstrap:AdminPassword", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Admin.Email, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_production_start_with_a_bootstrap_admin_runs_without_demo_accounts()
    {
        using var database = new ScratchSqliteFile();

        var (running, output) = await AppProcess.StartAndStopAsync(
            "Production", [.. database.Arguments, "--Bootstrap:AdminEmail", "chef@praxis.example", "--Bootstrap:AdminPassword", "ein-langes-Passwort-2026"]);

        Assert.True(running, output);
        Assert.Contains("Boona is running", output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Admin.Email, output, StringComparison.Ordinal);
        Assert.DoesNotContain("ein-langes-Passwort-2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Demo_data_asked_for_in_production_prints_the_accounts_without_their_passwords()
    {
        using var database = new ScratchSqliteFile();

        var (running, output) = await AppProcess.StartAndStopAsync("Production", [.. database.Arguments, "--Database:SeedDemoData", "true"]);

        Assert.True(running, output);
        Assert.Contains(DemoAccounts.Admin.Email, output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Admin.Password, output, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoAccounts.Coordinator.Password, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_readme_run_command_in_development_prints_the_demo_login()
    {
        using var database = new ScratchSqliteFile();

        var (running, output) = await AppProcess.StartAndStopAsync("Development", database.Arguments);

        Assert.True(running, output);
        Assert.Contains($"{DemoAccounts.Coordinator.Email}  /  {DemoAccounts.Coordinator.Password}", output, StringComparison.Ordinal);
    }

    /// <summary>A SQLite file of its own for one start of the app, deleted afterwards.</summary>
    private sealed class ScratchSqliteFile : IDisposable
    {
        private readonly string _path = TestFiles.NewPath("start", ".db");

        public ScratchSqliteFile() => Directory.CreateDirectory(Path.GetDirectoryName(_path)!);

        public string[] Arguments => ["--ConnectionStrings:Sqlite", $"Data Source={_path};Pooling=False", "--Jobs:Enabled", "false"];

        public void Dispose() => File.Delete(_path);
    }
}
