using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Boona.Benchmarks.Circuits;

/// <summary>
/// The real app as its own process (<c>dotnet Boona.Web.dll</c>, the Release build), on a free loopback port with
/// a fresh embedded SQLite database filled with the demo data, so that its memory and CPU are the server's alone.
/// Disposing kills it and deletes the database; so does the end of this process (Ctrl+C included).
/// </summary>
public sealed class AppServer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _database;
    private readonly StringBuilder _output = new();
    private int _disposed;

    private AppServer(Process process, string database, Uri address)
    {
        _process = process;
        _database = database;
        Address = address;
        AppDomain.CurrentDomain.ProcessExit += (_, _) => Stop();
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>What the server printed (its log at Warning and above), for a failure's message.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<AppServer> StartAsync(string webAssembly, CancellationToken cancellationToken)
    {
        if (!File.Exists(webAssembly))
        {
            throw new FileNotFoundException($"{webAssembly} is not built: dotnet build -c Release Boona.sln", webAssembly);
        }

        var port = FreePort();
        var database = Path.Combine(Path.GetTempPath(), $"boona_circuits_{Guid.NewGuid():N}.db");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(webAssembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(webAssembly);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = "Sqlite";
        start.Environment["ConnectionStrings__Sqlite"] = $"Data Source={database}";
        start.Environment["Database__SeedDemoData"] = "true";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = new Process { StartInfo = start };
        var address = new Uri($"http://127.0.0.1:{port}/");
        var server = new AppServer(process, database, address);
        process.OutputDataReceived += (_, e) => server.Append(e.Data);
        process.ErrorDataReceived += (_, e) => server.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await server.WaitUntilServingAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private void Stop()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Never started, or gone already.
        }

        _process.Dispose();
        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }

    private async Task WaitUntilServingAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"Boona.Web exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(Address, "account/sign-in"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy migrating and seeding.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"Boona.Web did not serve the sign-in page within 3 minutes:\n{Output}");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            if (_output.Length < 200_000)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Boona.Web.dll of the same configuration as this program (the project reference builds it first).</summary>
    public static string WebAssemblyBesideBenchmarks(string repositoryRoot)
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Release";
        return Path.Combine(repositoryRoot, "Boona.Web", "bin", configuration, "net10.0", "Boona.Web.dll");
    }
}
