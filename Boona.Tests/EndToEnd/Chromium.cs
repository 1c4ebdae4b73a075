using Boona.Tests.Support;

namespace Boona.Tests.EndToEnd;

/// <summary>The system Chromium (Debian package); <c>BOONA_CHROMIUM</c> names another binary.</summary>
public static class Chromium
{
    public const string DefaultPath = "/usr/bin/chromium";

    /// <summary>Headless in a container: no sandbox, no GPU, nothing phoning home.</summary>
    public static readonly string[] Flags =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    /// <summary>The browser binary, or skips the test (fails under BOONA_REQUIRE_ALL=1) when there is none.</summary>
    public static string Path()
    {
        var path = Environment.GetEnvironmentVariable("BOONA_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
        if (!File.Exists(path))
        {
            TestEnvironment.MissingService($"Chromium at {path} (apt-get install chromium, or set BOONA_CHROMIUM)");
        }

        return path;
    }
}
