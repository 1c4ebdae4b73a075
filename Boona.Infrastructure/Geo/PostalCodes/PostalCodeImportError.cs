using System.Globalization;
using System.Text.RegularExpressions;

namespace Boona.Infrastructure.Geo.PostalCodes;

public enum PostalCodeFileProblem
{
    SourceNotFound,
    DownloadFailed,
    NoDataFileInArchive,
    UnknownFormat,
    WrongColumnCount,
    InvalidPostalCode,
    InvalidCoordinates,
    NotGerman,
    Empty,
}

/// <summary>Why a postal-code file was refused; <paramref name="Line"/> is 1-based where a line is at fault.</summary>
public sealed partial record PostalCodeImportError(PostalCodeFileProblem Problem, int? Line, string Detail)
{
    /// <summary>The English text kept in the job run; <see cref="TryParse"/> reads it back for a translated display.</summary>
    public string Message => Line is { } line ? $"Line {line}: {Problem} ({Detail})" : $"{Problem}: {Detail}";

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

    [GeneratedRegex(@"^(?:Line (?<line>\d+): (?<problem>\w+) \((?<detail>.*)\)|(?<problem>\w+): (?<detail>.*))$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}

/// <summary>The outcome of an import: what the table now holds, or why nothing changed.</summary>
public sealed record PostalCodeImportResult(int PostalCodes, int Regions, PostalCodeImportError? Error)
{
    public bool IsSuccess => Error is null;

    public static PostalCodeImportResult Refused(PostalCodeImportError error) => new(0, 0, error);
}
