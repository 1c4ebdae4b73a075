using System.Text;

namespace Boona.Infrastructure.Geo.PostalCodes;

/// <summary>Splits one RFC 4180 line: commas, fields in double quotes may hold commas and doubled quotes.</summary>
internal static class CsvLine
{
    /// <summary>The fields, or null when a quote is left open.</summary>
    public static IReadOnlyList<string>? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return quoted ? null : fields;
    }
}
