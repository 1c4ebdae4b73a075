using Boona.Infrastructure.Persistence;
using Boona.Tests.Infrastructure.Geo;
using Boona.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace Boona.Tests.Web.Geo;

public sealed class PostalCodeCommandLineTests
{
    [Fact]
    public async Task The_switch_imports_into_the_configured_database_and_exits()
    {
        var databaseFile = TestFiles.NewPath("cli", ".db");
        var connectionString = $"Data Source={databaseFile};Pooling=False";
        try
        {
            var (exitCode, output) = await RunAppAsync("--import-postal-codes", GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt), "--ConnectionStrings:Sqlite", connectionString, "--Database:SeedDemoData", "false");

            Assert.True(exitCode == 0, output);
            Assert.Contains("Imported 4 postal codes in 4 regions", output, StringComparison.Ordinal);
            await using var context = new TestContextFactory(DatabaseProvider.Sqlite, connectionString).CreateDbContext();
            Assert.Equal(4, await context.PostalCodes.CountAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            File.Delete(databaseFile);
        }
    }

    [Fact]
    public async Task A_refused_file_exits_with_1_and_says_where()
    {
        var databaseFile = TestFiles.NewPath("cli", ".db");
        try
        {
            var (exitCode, output) = await RunAppAsync(
                "--import-postal-codes", GeoNamesSamples.WriteTemp(GeoNamesSamples.DeTxt + "DE\t1234\tX\tY\tZ\t\t\t\t\t50\t7\t4\n"),
                "--ConnectionStrings:Sqlite", $"Data Source={databaseFile};Pooling=False", "--Database:SeedDemoData", "false");

            Assert.Equal(1, exitCode);
            Assert.Contains("Line 6: InvalidPostalCode", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(databaseFile);
        }
    }

    [Fact]
    public async Task A_url_on_the_command_line_obeys_the_same_rules_as_on_the_page()
    {
        await using var listener = TcpContactListener.Start();
        var databaseFile = TestFiles.NewPath("cli", ".db");
        try
        {
            var (exitCode, output) = await RunAppAsync(
                "--import-postal-codes", $"http://127.0.0.1:{listener.Port}/DE.zip",
                "--ConnectionStrings:Sqlite", $"Data Source={databaseFile};Pooling=False", "--Database:SeedDemoData", "false");

            Assert.Equal(1, exitCode);
            Assert.Contains("UrlNotAllowed: download.geonames.org", output, StringComparison.Ordinal);
            Assert.Equal(0, listener.Contacts);
        }
        finally
        {
            File.Delete(databaseFile);
        }
    }

    private static Task<(int ExitCode, string Output)> RunAppAsync(params string[] arguments) => AppProcess.RunToExitAsync("Development", arguments);
}
