using System.Globalization;
using System.Xml.Linq;
using Boona.Domain.Common;
using Boona.Tests.Support;
using Boona.Web;
using Boona.Web.Resources;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Boona.Tests.Web;

public sealed class LocalizationTests
{
    public static TheoryData<string> ResourceFiles =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "Boona.Web"), "*.resx", SearchOption.AllDirectories)
            .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(RepositoryRoot.Path, f))];

    [Theory]
    [MemberData(nameof(ResourceFiles))]
    public void Every_German_text_has_an_English_one_and_back(string germanFile)
    {
        var german = Keys(Path.Combine(RepositoryRoot.Path, germanFile));
        var english = Keys(Path.Combine(RepositoryRoot.Path, germanFile.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.NotEmpty(german);
        Assert.Empty(german.Except(english));
        Assert.Empty(english.Except(german));
    }

    [Theory]
    [InlineData("de-DE", "Bitte eine fünfstellige Postleitzahl eingeben, z. B. 50667.")]
    [InlineData("en", "Please enter a five-digit postal code, e.g. 50667.")]
    public void Error_codes_are_described_in_the_user_language(string culture, string expected)
    {
        var messages = Messages();
        var error = PostalCode.Create("1234").FirstError!;

        var described = WithCulture(culture, () => messages.Describe(error));

        Assert.Equal(expected, described);
    }

    [Fact]
    public void An_unknown_code_falls_back_to_the_message() =>
        Assert.Equal("Something else", Messages().Describe(new Error("no.such.code", "Something else")));

    private static ErrorMessages Messages()
    {
        var services = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider();
        return new ErrorMessages(services.GetRequiredService<IStringLocalizer<ErrorTexts>>());
    }

    private static string WithCulture(string culture, Func<string> action)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return action();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(file).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];
}
