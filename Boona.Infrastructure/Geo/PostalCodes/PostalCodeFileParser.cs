using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Reads a whole postal-code file into one centroid per code, or refuses it at the first malformed line,
/// naming the line and the kind of fault but never the line's text. Nothing is written anywhere: the
/// importer replaces the table only after a clean read.
/// </summary>
internal static class PostalCodeFileParser
{
    public static async Task<(IReadOnlyList<PostalCodeCentroid> Centroids, PostalCodeImportError? Error)> ParseAsync(BoundedLineReader reader, int maxLineLength, CancellationToken cancellationToken)
    {
        var (firstLine, tooLong) = await reader.ReadLineAsync(cancellationToken);
        if (tooLong)
        {
            return ([], LineTooLong(1, maxLineLength));
        }

        var format = firstLine is null ? null : PostalCodeFileFormat.Detect(firstLine.TrimStart('\uFEFF'));
        if (format is null)
        {
            return ([], new PostalCodeImportError(PostalCodeFileProblem.UnknownFormat, 1));
        }

        var codes = new Dictionary<string, CentroidBuilder>(StringComparer.Ordinal);
        var lineNumber = 1;
        var line = format.HasHeader ? null : firstLine!.TrimStart('\uFEFF');
        do
        {
            var error = string.IsNullOrWhiteSpace(line) ? null : Add(codes, format, line, lineNumber);
            if (error is not null)
            {
                return ([], error);
            }

            (line, tooLong) = await reader.ReadLineAsync(cancellationToken);
            lineNumber++;
            if (tooLong)
            {
                return ([], LineTooLong(lineNumber, maxLineLength));
            }
        }
        while (line is not null);

        return codes.Count == 0
            ? ([], new PostalCodeImportError(PostalCodeFileProblem.Empty, null))
            : ([.. codes.Values.Select(c => c.Build())], null);
    }

    private static PostalCodeImportError LineTooLong(int lineNumber, int maxLineLength) =>
        new(PostalCodeFileProblem.LineTooLong, lineNumber, maxLineLength.ToString(CultureInfo.InvariantCulture));

    private static PostalCodeImportError? Add(Dictionary<string, CentroidBuilder> codes, PostalCodeFileFormat format, string line, int lineNumber)
    {
        var fields = format.Split(line);
        if (fields is null || fields.Count < format.MinimumColumns)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.WrongColumnCount, lineNumber, format.Name);
        }

        var country = fields[format.Country].Trim();
        if (!country.Equals("DE", StringComparison.OrdinalIgnoreCase))
        {
            return new PostalCodeImportError(PostalCodeFileProblem.NotGerman, lineNumber);
        }

        var code = PostalCode.Create(fields[format.Code]);
        if (!code.IsSuccess)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.InvalidPostalCode, lineNumber);
        }

        if (!TryCoordinate(fields[format.Latitude], out var latitude) || !TryCoordinate(fields[format.Longitude], out var longitude)
            || !GeoPoint.Create(latitude, longitude).IsSuccess)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.InvalidCoordinates, lineNumber);
        }

        if (!codes.TryGetValue(code.Value.Value, out var builder))
        {
            builder = new CentroidBuilder(code.Value.Value, fields[format.State].Trim(), Text.TrimOrNull(fields[format.StateCode]));
            codes.Add(builder.Code, builder);
        }

        builder.Add(fields[format.Place].Trim(), latitude, longitude);
        return null;
    }

    private static bool TryCoordinate(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

}
