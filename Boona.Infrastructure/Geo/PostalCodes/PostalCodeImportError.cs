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
public sealed record PostalCodeImportError(PostalCodeFileProblem Problem, int? Line, string Detail)
{
    public string Message => Line is { } line ? $"Line {line}: {Problem} ({Detail})" : $"{Problem}: {Detail}";
}

/// <summary>The outcome of an import: what the table now holds, or why nothing changed.</summary>
public sealed record PostalCodeImportResult(int PostalCodes, int Regions, PostalCodeImportError? Error)
{
    public bool IsSuccess => Error is null;

    public static PostalCodeImportResult Refused(PostalCodeImportError error) => new(0, 0, error);
}
