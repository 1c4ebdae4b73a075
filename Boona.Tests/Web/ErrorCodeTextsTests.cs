using System.Text.RegularExpressions;
using System.Xml.Linq;
using Boona.Tests.Support;

namespace Boona.Tests.Web;

/// <summary>
/// An error code without a German text reaches a German coordinator as the domain's English message ("An inquiry
/// that is Cancelled cannot be answered"). Every code the code base writes out has its text.
/// </summary>
public sealed partial class ErrorCodeTextsTests
{
    [Fact]
    public void Every_error_code_in_the_code_has_a_German_text()
    {
        var file = Path.Combine(RepositoryRoot.Path, "Boona.Web", "Resources", "ErrorTexts.resx");
        var described = XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!).ToHashSet();

        var codes = CodesInCode().ToList();
        var missing = codes.Where(code => !described.Contains(code)).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(codes);
        Assert.True(missing.Count == 0, "Codes without a German text in ErrorTexts.resx: " + string.Join(", ", missing));
    }

    private static IEnumerable<string> CodesInCode() =>
        new[] { "Boona.Domain", "Boona.Infrastructure", "Boona.Web" }
            .SelectMany(project => Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, project), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => ErrorCode().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Distinct();

    [GeneratedRegex(@"(?:Error\.(?:Invalid|NotFound|Conflict|Forbidden)|DomainException)\(\s*""([^""]+)""")]
    private static partial Regex ErrorCode();
}
