using Boona.Domain.Common;

namespace Boona.Tests.Domain.Common;

public sealed class TextTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\u200C\u200D")]
    [InlineData("\uFEFF \u2060")]
    public void Invisible_text_is_blank_and_does_not_satisfy_a_required_field(string? value)
    {
        Assert.Null(Text.TrimOrNull(value));
        Assert.Equal("text.required", Assert.Single(Text.Check(value, "LastName", 100, required: true)).Code);
    }

    [Fact]
    public void Visible_text_is_trimmed()
    {
        Assert.Equal("Müller", Text.TrimOrNull("  Müller \t"));
        Assert.Empty(Text.Check("  Müller ", "LastName", 6, required: true));
    }

    [Fact]
    public void Text_over_its_length_is_refused_with_the_field_and_no_excerpt_of_the_input()
    {
        var error = Assert.Single(Text.Check(new string('x', 101), "City", 100));

        Assert.Equal(("text.too-long", "City", ErrorKind.Invalid), (error.Code, error.Field, error.Kind));
        Assert.DoesNotContain("xxx", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Ber\0lin", false)]
    [InlineData("Zeile eins\nZeile zwei", false)]
    [InlineData("a\u0007b", true)]
    public void Control_characters_are_refused_and_line_breaks_only_in_single_line_fields(string value, bool multiLine)
    {
        Assert.Equal("text.control-character", Assert.Single(Text.Check(value, "Field", 100, multiLine: multiLine)).Code);
    }

    [Fact]
    public void Line_breaks_are_fine_in_multi_line_fields()
    {
        Assert.Empty(Text.Check("Zeile eins\r\nZeile zwei\tmit Tab", "Goals", 100, multiLine: true));
    }

    [Fact]
    public void An_excerpt_is_short_and_shows_no_control_characters()
    {
        var excerpt = Text.Excerpt("a\0" + new string('b', 100));

        Assert.Equal(Text.ExcerptLength + 1, excerpt.Length);
        Assert.StartsWith("a?b", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<script>@example.org")]
    [InlineData("\"quoted\"@example.org")]
    [InlineData("a b@example.org")]
    [InlineData("anna@example")]
    public void Addresses_that_could_carry_markup_or_are_malformed_are_refused(string input) =>
        Assert.False(EmailAddress.Create(input).IsSuccess);

    [Theory]
    [InlineData("anna.schmidt@praxis-koeln.de")]
    [InlineData("a+b_c'd@x.example.org")]
    public void Ordinary_addresses_are_accepted(string input) => Assert.True(EmailAddress.Create(input).IsSuccess);

    [Theory]
    [InlineData("00000")]
    [InlineData("00999")]
    public void Postal_codes_below_01001_do_not_exist(string input) => Assert.False(PostalCode.Create(input).IsSuccess);

    [Fact]
    public void A_refused_postal_code_quotes_only_an_excerpt() =>
        Assert.True(PostalCode.Create(new string('9', 5000)).FirstError!.Message.Length < 120);
}
