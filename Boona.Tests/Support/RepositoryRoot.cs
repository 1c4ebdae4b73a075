namespace Boona.Tests.Support;

internal static class RepositoryRoot
{
    /// <summary>The folder holding Boona.sln, found upwards from the test binaries.</summary>
    public static string Path { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(System.IO.Path.Combine(folder.FullName, "Boona.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Boona.sln not found above " + AppContext.BaseDirectory);
    }
}
