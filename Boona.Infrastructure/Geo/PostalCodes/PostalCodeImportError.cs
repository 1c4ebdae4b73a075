using System.Globalization;
using System.Text.RegularExpressions;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Why a file was refused. No problem carries the file's content or a server's answer: the detail is
/// at most a host name, a limit or the expected layout, so an import can't be used to read what it refuses.
/// </summary>
public enum PostalCodeFileProblem
{
    SourceNotFound,
    UrlNotAllowed,
    PathNotAllowed,
    NotARegularFile,
    DownloadFailed,
    TooLarge,
    LineTooLong,
    NoDataFileInArchive,
    BrokenArchive,
    UnknownFormat,
    WrongColumnCount,
    InvalidPostalCode,
    InvalidCoordinates,
    NotGerman,
    Empty,
}

/// <summary>Why a postal-code file was refused.</summary>
/// <param name="Problem">The kind of fault.</param>
/// <param name="Line">1-based, where a line is at fault.</param>
/// <param name="Detail">A host name, a limit or a layout name — never text from the file or from a server.</param>
public sealed partial record PostalCodeImportError(PostalCodeFileProblem Problem, int? Line, string Detail = "")
{
    /// <summary>The English text kept in the job run; <see cref="TryParse"/> reads it back for a translated display.</summary>
    public string Message => (Line, Detail.Length) switch
    {
        ({ } line, 0) => $"Line {line}: {Problem}",
        ({ } line, _) => $"Line {line}: {Problem} ({Detail})",
        (null, 0) => $"{Problem}",
        (null, _) => $"{Problem}: {Detail}",
    };

    public static PostalCodeImportError? TryParse(string? message)
    {
        var match = message is null ? Match.Empty : Pattern().Match(message);
        if (!match.Success || !Enum.TryParse<PostalCodeFileProblem>(match.Groups["problem"].Value, out var problem))
        {
            return null;
        }

        int? line = match.Groups["line"].Success ? int.Parse(match.Groups["line"].Value, CultureInfo.InvariantCulture) : null;
        return new PostalCodeImportError(problem, line, match.Groups["detail"].Value);
    }

    /// <summary>A byte limit as people read it: "50 MB", "512 KB".</summary>
    public static string Bytes(long limit) => limit >= 1024 * 1024 && limit % (1024 * 1024) == 0
        ? $"{limit / (1024 * 1024)} MB"
        : limit >= 1024 ? $"{limit / 1024} KB" : $"{limit} B";

    [GeneratedRegex(@"^(?:Line (?<line>\d+): (?<problem>\w+)(?: \((?<detail>.*)\))?|(?<problem>\w+)(?:: (?<detail>.*))?)$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>The outcome of an import: what the table now holds, or why nothing changed.</summary>
public sealed record PostalCodeImportResult(int PostalCodes, int Regions, PostalCodeImportError? Error)
{
    public bool IsSuccess => Error is null;

    public static PostalCodeImportResult Refused(PostalCodeImportError error) => new(0, 0, error);
}
