using Microsoft.Extensions.Options;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// The server folder (<see cref="PostalCodeImportOptions.ImportFolder"/>) whose files admins may import by
/// name. A name is resolved with <see cref="Path.GetFullPath(string)"/> and must land directly in the
/// folder; symbolic links and files without a size (devices, pipes, /proc) are refused before opening.
/// Without a configured folder no name is accepted at all.
/// </summary>
public sealed class PostalCodeImportFolder(IOptions<PostalCodeImportOptions> options)
{
    private static readonly string[] Extensions = [".zip", ".txt", ".csv"];

    public bool IsConfigured => options.Value.ImportFolder is not null;

    /// <summary>The files an admin may choose, by name.</summary>
    public IReadOnlyList<string> ListFiles()
    {
        if (Root() is not { } root || !Directory.Exists(root))
        {
            return [];
        }

        return [.. new DirectoryInfo(root).EnumerateFiles()
            .Where(f => Extensions.Contains(f.Extension, StringComparer.OrdinalIgnoreCase) && Resolve(f.Name).Error is null)
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>The file the name stands for, or why it may not be read. Nothing is opened here.</summary>
    public (FileInfo? File, PostalCodeImportError? Error) Resolve(string name)
    {
        var notAllowed = new PostalCodeImportError(PostalCodeFileProblem.PathNotAllowed, null);
        if (Root() is not { } root || string.IsNullOrWhiteSpace(name) || name.Contains('\0', StringComparison.Ordinal))
        {
            return (null, notAllowed);
        }

        var path = Path.GetFullPath(Path.Combine(root, name));
        if (!string.Equals(Path.GetDirectoryName(path), root, StringComparison.Ordinal))
        {
            return (null, notAllowed);
        }

        var file = new FileInfo(path);
        if (file.LinkTarget is not null)
        {
            // Even a link to a file inside: whoever can place a link could point it anywhere.
            return (null, notAllowed);
        }

        return !file.Exists
            ? (null, new PostalCodeImportError(PostalCodeFileProblem.SourceNotFound, null, file.Name))
            : (file, CheckRegular(file, options.Value.MaxFileBytes));
    }

    /// <summary>
    /// Devices, pipes and /proc files report a size of 0 and may never end (/dev/zero): refused like an empty
    /// file. A file above the limit is refused before reading; the reading is bounded as well.
    /// </summary>
    internal static PostalCodeImportError? CheckRegular(FileInfo file, long maxBytes) =>
        file.Length == 0 ? new PostalCodeImportError(PostalCodeFileProblem.NotARegularFile, null)
        : file.Length > maxBytes ? new PostalCodeImportError(PostalCodeFileProblem.TooLarge, null, PostalCodeImportError.Bytes(maxBytes))
        : null;

    private string? Root() =>
        options.Value.ImportFolder is { } folder ? Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) : null;
}
