using System.Diagnostics;
using Boona.Tests.Support;

namespace Boona.Tests.Web;

public sealed class DeploymentFilesTests
{
    [Fact]
    public async Task Docker_compose_accepts_the_compose_file_and_insists_on_an_admin_password()
    {
        var (accepted, errors) = await ComposeConfigAsync("a-long-first-admin-password");
        var (withoutPassword, refusal) = await ComposeConfigAsync(adminPassword: null);

        Assert.True(accepted, errors);
        Assert.False(withoutPassword);
        Assert.Contains("BOONA_ADMIN_PASSWORD", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Docker_compose_publishes_only_the_tls_proxy_and_the_app_believes_only_that_proxy()
    {
        var (accepted, resolved) = await ComposeConfigAsync("a-long-first-admin-password", quiet: false);
        Assert.True(accepted, resolved);
        // The resolved file's second-level entries (services, networks, volumes), each with its indented body.
        var services = System.Text.RegularExpressions.Regex.Split(resolved, @"\n(?=  \S)").Skip(1)
            .ToDictionary(s => s.Trim()[..s.Trim().IndexOf(':', StringComparison.Ordinal)]);

        var proxyAddress = System.Text.RegularExpressions.Regex.Match(services["proxy"], @"ipv4_address: (\S+)").Groups[1].Value;
        Assert.DoesNotContain("ports:", services["app"], StringComparison.Ordinal);
        Assert.Contains($"ReverseProxy__KnownProxies__0: {proxyAddress}", services["app"], StringComparison.Ordinal);
        Assert.Contains("HTTPS_PORT: '8443'", services["app"], StringComparison.Ordinal);
        Assert.Contains("published: 8443", services["proxy"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_starts_with_the_run_and_the_test_command()
    {
        var readme = File.ReadAllText(System.IO.Path.Combine(RepositoryRoot.Path, "README.md"));

        var run = readme.IndexOf("dotnet run --project Boona.Web", StringComparison.Ordinal);
        var test = readme.IndexOf("dotnet test Boona.sln", StringComparison.Ordinal);

        Assert.InRange(run, 0, 800);
        Assert.InRange(test, run, 1000);
    }

    /// <returns>Whether compose accepts the file, and its complaints (quiet) or the resolved file.</returns>
    private static async Task<(bool Accepted, string Output)> ComposeConfigAsync(string? adminPassword, bool quiet = true)
    {
        var compose = new[] { "/usr/bin/docker-compose", "/usr/local/bin/docker-compose" }.FirstOrDefault(File.Exists);
        if (compose is null)
        {
            TestEnvironment.MissingService("docker-compose (apt-get install docker-compose) to validate docker-compose.yml");
        }

        var start = new ProcessStartInfo(compose!, "-f docker-compose.yml config" + (quiet ? " -q" : string.Empty))
        {
            WorkingDirectory = RepositoryRoot.Path,
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.Environment.Remove("BOONA_ADMIN_PASSWORD");
        if (adminPassword is not null)
        {
            start.Environment["BOONA_ADMIN_PASSWORD"] = adminPassword;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = await process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode == 0, process.ExitCode == 0 && !quiet ? await output : errors);
    }
}
