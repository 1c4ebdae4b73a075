using System.Diagnostics;
using System.Text;

namespace Boona.Tests.Support;

/// <summary>The built app (Boona.Web.dll beside the tests) as its own process, started as an operator would.</summary>
public static class AppProcess
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    /// <summary>Runs the app until it exits by itself (a command-line task, or a refused start).</summary>
    public static async Task<(int ExitCode, string Output)> RunToExitAsync(string environment, params string[] arguments)
    {
        using var process = Start(environment, arguments, out var output);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(Timeout);
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>
    /// Starts the server on a free loopback port, waits until it says it is running (or exits), then stops it.
    /// Returns what it printed and whether it was running.
    /// </summary>
    public static async Task<(bool Running, string Output)> StartAndStopAsync(string environment, params string[] arguments)
    {
        using var process = Start(environment, ["--urls", "http://127.0.0.1:0", .. arguments], out var output);
        var deadline = DateTime.UtcNow + Timeout;
        while (!Printed(output, "Boona is running") && !process.HasExited && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        // The banner comes in one write; give its last lines a moment to arrive.
        await Task.Delay(300, TestContext.Current.CancellationToken);
        var running = !process.HasExited;
        if (running)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (running, output.ToString());
    }

    private static bool Printed(StringBuilder output, string text)
    {
        lock (output)
        {
            return output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    private static Process Start(string environment, IEnumerable<string> arguments, out StringBuilder output)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Boona.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = environment;
        var process = new Process { StartInfo = start };
        var collected = new StringBuilder();
        DataReceivedEventHandler append = (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (collected)
                {
                    collected.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += append;
        process.ErrorDataReceived += append;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        output = collected;
        return process;
    }
}
