namespace Boona.Tests.Support;

/// <summary>The team's shared data folder, beside the repository (CI lays a copy there too).</summary>
internal static class SharedData
{
    public static string ZipCodesCsv => File(Path.Combine("geo", "zipcodes.de.csv"));

    private static string File(string relative)
    {
        var path = Path.GetFullPath(Path.Combine(RepositoryRoot.Path, "..", "shared", "data", relative));
        return System.IO.File.Exists(path) ? path : throw new FileNotFoundException("Shared test data is missing: " + path);
    }
}
