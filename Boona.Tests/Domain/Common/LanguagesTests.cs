using Boona.Domain.Common;

namespace Boona.Tests.Domain.Common;

/// <summary>The one vocabulary of languages: every ISO 639-1 code with its names, read from codes and names alike.</summary>
public sealed class LanguagesTests
{
    [Fact]
    public void The_catalogue_holds_the_184_ISO_639_1_codes_and_German_Sign_Language_each_with_a_German_and_an_English_name()
    {
        var iso = LanguageCatalog.All.Where(l => l != LanguageCatalog.GermanSignLanguage).ToList();

        Assert.Equal(184, iso.Count);
        Assert.All(iso, l => Assert.Matches("^[a-z]{2}$", l.Code));
        Assert.Equal(LanguageCatalog.All.Count, LanguageCatalog.All.Select(l => l.Code).Distinct().Count());
        Assert.All(LanguageCatalog.All, l => Assert.False(Text.IsBlank(l.GermanName) || Text.IsBlank(l.EnglishName), l.Code));
        Assert.Equal("gsg", LanguageCatalog.GermanSignLanguage.Code);
        Assert.Equal(
            [("en", "Englisch"), ("tr", "Türkisch"), ("ar", "Arabisch"), ("fa", "Persisch"), ("de", "Deutsch"), ("uk", "Ukrainisch")],
            new[] { "en", "tr", "ar", "fa", "de", "uk" }.Select(c => (c, Languages.NameOf(c))));
        Assert.Equal("Turkish", Languages.NameOf("tr", english: true));
    }

    [Theory]
    [InlineData("en", "en")]
    [InlineData("EN", "en")]
    [InlineData(" En ", "en")]
    [InlineData("Englisch", "en")]
    [InlineData("englisch", "en")]
    [InlineData("ENGLISH", "en")]
    [InlineData("türkisch", "tr")]
    [InlineData("TÜRKISCH", "tr")]
    [InlineData("Turkish", "tr")]
    [InlineData("Farsi", "fa")]
    [InlineData("Weißrussisch", "be")]
    [InlineData("Norwegisch  (Bokmål)", "nb")]
    [InlineData("Schottisches Gälisch", "gd")]
    [InlineData("DGS", "gsg")]
    [InlineData("Gebärdensprache", "gsg")]
    [InlineData("yi", "yi")]
    public void A_code_or_a_German_or_English_name_in_any_case_is_read_as_its_code(string input, string code) =>
        Assert.Equal(code, Languages.Parse(input, "Languages").Value);

    [Theory]
    [InlineData("Klingonisch")]
    [InlineData("xx")]
    [InlineData("en, tr")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Engl\u0000isch")]
    public void Anything_else_is_refused_as_invalid_naming_the_field_and_what_is_accepted(string? input)
    {
        var error = Languages.Parse(input, "Languages").FirstError!;

        Assert.Equal((Languages.UnknownCode, ErrorKind.Invalid, "Languages"), (error.Code, error.Kind, error.Field));
        Assert.Contains("ISO 639-1 code such as \"en\"", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\0', error.Message);
    }

    [Fact]
    public void A_list_becomes_each_code_once_in_order_and_its_unknown_values_are_reported_briefly()
    {
        var codes = Languages.ParseAll(["Türkisch", "en", "English", "EN"], "Languages");
        var wrong = Languages.ParseAll(["en", .. Enumerable.Repeat(new string('x', 1_000_000), 50)], "Languages");

        Assert.Equal(["en", "tr"], codes.Value);
        Assert.Equal(Languages.MaxErrorsReported, wrong.Errors.Count);
        Assert.All(wrong.Errors, e => Assert.True(e.Message.Length < 200, $"a message of {e.Message.Length} characters"));
        Assert.Empty(Languages.ParseAll(null, "Languages").Value);
    }

    [Fact]
    public void Stored_free_text_is_mapped_to_codes_and_what_names_no_language_is_set_aside()
    {
        var (codes, unmapped) = Languages.MapStored(["Englisch", "english", "EN", "türkisch", "Klingonisch", " "]);

        Assert.Equal(["en", "tr"], codes);
        Assert.Equal(["Klingonisch"], unmapped);
        Assert.Equal("„Klingonisch“", Languages.UnmappedText(unmapped));
        Assert.Null(Languages.UnmappedText([]));
    }
}
