namespace Boona.Tests.Support;

/// <summary>
/// What the machine offers the tests. Without a service a test skips and says why, unless
/// <c>BOONA_REQUIRE_ALL=1</c> (CI), where a missing service fails the test instead.
/// </summary>
public static class TestEnvironment
{
    public static string? PostgresServer => Environment.GetEnvironmentVariable("BOONA_TEST_POSTGRES") is { Length: > 0 } value ? value : null;

    public static bool RequireAll => Environment.GetEnvironmentVariable("BOONA_REQUIRE_ALL") == "1";

    /// <summary>The PostgreSQL server's connection string, or skips (fails under BOONA_REQUIRE_ALL) when there is none.</summary>
    public static string RequirePostgres()
    {
        if (PostgresServer is { } server)
        {
            return server;
        }

        MissingService("PostgreSQL: set BOONA_TEST_POSTGRES to a server connection string, e.g. Host=127.0.0.1;Port=5432;Username=postgres");
        return string.Empty;
    }

    public static void MissingService(string what)
    {
        if (RequireAll)
        {
            Assert.Fail($"BOONA_REQUIRE_ALL=1 but a required service is missing: {what}");
        }

        // The runner shows skip reasons only at detailed verbosity; a diagnostic message shows at the default one, so a
        // newcomer reads why without asking for more output.
        TestContext.Current.SendDiagnosticMessage($"Skipped {TestContext.Current.Test?.TestDisplayName}: service not available: {what}");
        Assert.Skip($"Skipped, service not available: {what}");
    }
}
