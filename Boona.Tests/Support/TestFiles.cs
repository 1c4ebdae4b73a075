using System.Diagnostics;

[assembly: AssemblyFixture(typeof(Boona.Tests.Support.TestFilesCleanup))]

namespace Boona.Tests.Support;

/// <summary>
/// Every file a test writes (SQLite databases, uploads, import folders) goes below one folder per test process, which
/// is removed when the run ends, so that runs leave nothing behind in the temp folder. A folder left by a run that
/// crashed is removed by the next run.
/// </summary>
public static class TestFiles
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "boona-tests");

    private static readonly Lazy<string> RunFolder = new(() =>
    {
        RemoveAbandoned();
        return Directory.CreateDirectory(Path.Combine(Root, $"run-{Environment.ProcessId}")).FullName;
    });

    /// <summary>This run's folder.</summary>
    public static string Folder => RunFolder.Value;

    /// <summary>A fresh path in this run's folder, e.g. <c>app_3f2a….db</c>.</summary>
    public static string NewPath(string prefix, string extension = "") => Path.Combine(Folder, $"{prefix}_{Guid.NewGuid():N}{extension}");

    /// <summary>A fresh, empty folder in this run's folder.</summary>
    public static string NewFolder(string prefix) => Directory.CreateDirectory(NewPath(prefix)).FullName;

    internal static void RemoveRunFolder()
    {
        if (RunFolder.IsValueCreated)
        {
            TryDelete(RunFolder.Value);
        }
    }

    internal static void RemoveAbandoned()
    {
        if (!Directory.Exists(Root))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(Root, "run-*"))
        {
            if (int.TryParse(Path.GetFileName(folder)["run-".Length..], out var pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another process still holds a file; the next run removes the folder.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

/// <summary>Removes <see cref="TestFiles.Folder"/> once every test of the assembly has finished.</summary>
public sealed class TestFilesCleanup : IDisposable
{
    public void Dispose() => TestFiles.RemoveRunFolder();
}
