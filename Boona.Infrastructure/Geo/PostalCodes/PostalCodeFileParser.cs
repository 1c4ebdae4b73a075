using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>
/// Reads a whole postal-code file into one centroid per code, or refuses it at the first malformed line.
/// Nothing is written anywhere: the importer replaces the table only after a clean read.
/// </summary>
internal static class PostalCodeFileParser
{
    public static async Task<(IReadOnlyList<PostalCodeCentroid> Centroids, PostalCodeImportError? Error)> ParseAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var firstLine = await reader.ReadLineAsync(cancellationToken);
        var format = firstLine is null ? null : PostalCodeFileFormat.Detect(firstLine.TrimStart('\uFEFF'));
        if (format is null)
        {
            return ([], new PostalCodeImportError(PostalCodeFileProblem.UnknownFormat, 1, "expected GeoNames' tab-separated DE.txt or the CSV with a country_code,zipcode,… header"));
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

            line = await reader.ReadLineAsync(cancellationToken);
            lineNumber++;
        }
        while (line is not null);

        return codes.Count == 0
            ? ([], new PostalCodeImportError(PostalCodeFileProblem.Empty, null, "the file holds no postal codes"))
            : ([.. codes.Values.Select(c => c.Build())], null);
    }

    private static PostalCodeImportError? Add(Dictionary<string, CentroidBuilder> codes, PostalCodeFileFormat format, string line, int lineNumber)
    {
        var fields = format.Split(line);
        if (fields is null || fields.Count < format.MinimumColumns)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.WrongColumnCount, lineNumber, $"{fields?.Count ?? 0} columns, {format.Name} has {format.MinimumColumns}");
        }

        var country = fields[format.Country].Trim();
        if (!country.Equals("DE", StringComparison.OrdinalIgnoreCase))
        {
            return new PostalCodeImportError(PostalCodeFileProblem.NotGerman, lineNumber, $"country '{country}'");
        }

        var code = PostalCode.Create(fields[format.Code]);
        if (!code.IsSuccess)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.InvalidPostalCode, lineNumber, $"'{fields[format.Code]}'");
        }

        if (!TryCoordinate(fields[format.Latitude], out var latitude) || !TryCoordinate(fields[format.Longitude], out var longitude)
            || !GeoPoint.Create(latitude, longitude).IsSuccess)
        {
            return new PostalCodeImportError(PostalCodeFileProblem.InvalidCoordinates, lineNumber, $"'{fields[format.Latitude]}', '{fields[format.Longitude]}'");
        }

        if (!codes.TryGetValue(code.Value.Value, out var builder))
        {
            builder = new CentroidBuilder(code.Value.Value, fields[format.State].Trim(), NullIfEmpty(fields[format.StateCode]));
            codes.Add(builder.Code, builder);
        }

        builder.Add(fields[format.Place].Trim(), latitude, longitude);
        return null;
    }

    private static bool TryCoordinate(string text, out double value) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out value);

    private static string? NullIfEmpty(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
