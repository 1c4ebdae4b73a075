using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;

namespace Boona.Tests.Support;

/// <summary>Turns a route template into a concrete address by filling each parameter with a value its constraints accept.</summary>
public static class RouteSamples
{
    public static string Url(string template)
    {
        var pattern = RoutePatternFactory.Parse(template);
        var url = new StringBuilder();
        foreach (var segment in pattern.PathSegments)
        {
            var text = string.Concat(segment.Parts.Select(Sample));
            if (text.Length > 0)
            {
                url.Append('/').Append(text);
            }
        }

        return url.Length == 0 ? "/" : url.ToString();
    }

    private static string Sample(RoutePatternPart part) => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternSeparatorPart separator => separator.Content,
        RoutePatternParameterPart parameter => SampleValue(parameter),
        _ => string.Empty,
    };

    private static string SampleValue(RoutePatternParameterPart parameter)
    {
        var constraints = parameter.ParameterPolicies.Select(p => p.Content ?? string.Empty).ToList();
        if (constraints.Any(c => c is "int" or "long" or "decimal" or "double" or "float" || c.StartsWith("min", StringComparison.Ordinal) || c.StartsWith("range", StringComparison.Ordinal)))
        {
            return "1";
        }

        if (constraints.Contains("guid"))
        {
            return "3f2504e0-4f89-11d3-9a0c-0305e82c3301";
        }

        if (constraints.Contains("bool"))
        {
            return "true";
        }

        if (constraints.Contains("datetime"))
        {
            return "2026-01-05";
        }

        return parameter.IsOptional && !parameter.IsCatchAll ? string.Empty : "sample";
    }
}
