using Boona.Domain.Common;

namespace Boona.Tests.Domain.Common;

public sealed class PostalCodeTests
{
    [Theory]
    [InlineData("50667")]
    [InlineData("01067")]
    [InlineData(" 10115 ")]
    public void Five_digits_are_a_postal_code(string input)
    {
        var result = PostalCode.Create(input);

        Assert.True(result.IsSuccess);
        Assert.Equal(input.Trim(), result.Value.Value);
    }

    [Theory]
    [InlineData("1234")]
    [InlineData("123456")]
    [InlineData("ABCDE")]
    [InlineData("5066a")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_refused_with_a_field_error(string? input)
    {
        var result = PostalCode.Create(input);

        Assert.False(result.IsSuccess);
        Assert.Equal("postal-code.invalid", result.FirstError!.Code);
        Assert.Equal("PostalCode", result.FirstError.Field);
    }

    [Fact]
    public void The_region_is_the_leading_digits()
    {
        var code = PostalCode.Parse("50667");

        Assert.Equal("50", code.Region(2));
        Assert.Equal("506", code.Region(3));
        Assert.True(code.IsInRegion("50"));
        Assert.False(code.IsInRegion("51"));
    }

    [Fact]
    public void Parse_throws_on_malformed_input() =>
        Assert.Throws<DomainException>(() => PostalCode.Parse("1234"));
}

public sealed class Icd10CodeTests
{
    [Theory]
    [InlineData("F32")]
    [InlineData("F32.1")]
    [InlineData("f43.10")]
    [InlineData("Z73.0")]
    public void Valid_codes_are_accepted_and_upper_cased(string input)
    {
        var result = Icd10Code.Create(input);

        Assert.True(result.IsSuccess);
        Assert.Equal(input.ToUpperInvariant(), result.Value.Value);
    }

    [Theory]
    [InlineData("F3")]
    [InlineData("32.1")]
    [InlineData("Z99.99.9")]
    [InlineData("F32.")]
    [InlineData("F32.123")]
    [InlineData("FF32")]
    [InlineData("")]
    public void Malformed_codes_are_refused(string input)
    {
        var result = Icd10Code.Create(input);

        Assert.False(result.IsSuccess);
        Assert.Equal("icd10.invalid", result.FirstError!.Code);
    }

    [Fact]
    public void Only_F_codes_are_mental_disorders()
    {
        Assert.True(Icd10Code.Parse("F41.0").IsMentalDisorder);
        Assert.False(Icd10Code.Parse("G43.0").IsMentalDisorder);
    }
}

public sealed class Icd10PrefixTests
{
    [Theory]
    [InlineData("F4", "F43.1", true)]
    [InlineData("F4", "F40", true)]
    [InlineData("F4", "F32.1", false)]
    [InlineData("F32", "F32.0", true)]
    [InlineData("F32", "F33.0", false)]
    [InlineData("F43.1", "F43.1", true)]
    [InlineData("F43.1", "F43.10", true)]
    [InlineData("F43.1", "F43.2", false)]
    public void A_prefix_covers_every_code_below_it(string prefix, string code, bool covered) =>
        Assert.Equal(covered, Icd10Prefix.Parse(prefix).Covers(Icd10Code.Parse(code)));

    [Theory]
    [InlineData("F")]
    [InlineData("4")]
    [InlineData("F4.1")]
    [InlineData("F432")]
    public void Malformed_prefixes_are_refused(string input) =>
        Assert.False(Icd10Prefix.Create(input).IsSuccess);
}

public sealed class EmailAddressTests
{
    [Theory]
    [InlineData("praxis@example.de", "praxis@example.de")]
    [InlineData(" Dr.Weber@Praxis-Weber.DE ", "dr.weber@praxis-weber.de")]
    [InlineData("a.b+c@sub.domain.org", "a.b+c@sub.domain.org")]
    public void Valid_addresses_are_trimmed_and_lower_cased(string input, string expected) =>
        Assert.Equal(expected, EmailAddress.Parse(input).Value);

    [Theory]
    [InlineData("praxis")]
    [InlineData("praxis@")]
    [InlineData("@example.de")]
    [InlineData("praxis@example")]
    [InlineData("pra xis@example.de")]
    [InlineData("a@b@example.de")]
    [InlineData("")]
    public void Malformed_addresses_are_refused(string input)
    {
        var result = EmailAddress.Create(input);

        Assert.False(result.IsSuccess);
        Assert.Equal("email.invalid", result.FirstError!.Code);
    }

    [Fact]
    public void Addresses_differing_in_case_are_equal() =>
        Assert.Equal(EmailAddress.Parse("A@Example.de"), EmailAddress.Parse("a@example.DE"));
}

public sealed class GeoPointTests
{
    [Fact]
    public void Aachen_to_Koeln_town_centres_is_about_64_km()
    {
        var aachen = GeoPoint.Of(50.7753, 6.0839);
        var koeln = GeoPoint.Of(50.9375, 6.9603);

        Assert.InRange(aachen.DistanceKmTo(koeln), 63, 65);
    }

    [Fact]
    public void Distance_is_symmetric_and_zero_to_itself()
    {
        var berlin = GeoPoint.Of(52.52, 13.405);
        var munich = GeoPoint.Of(48.1374, 11.5755);

        Assert.Equal(berlin.DistanceKmTo(munich), munich.DistanceKmTo(berlin), 6);
        Assert.Equal(0, berlin.DistanceKmTo(berlin), 6);
        Assert.InRange(berlin.DistanceKmTo(munich), 500, 510);
    }

    [Theory]
    [InlineData(91, 0)]
    [InlineData(-91, 0)]
    [InlineData(0, 181)]
    [InlineData(double.NaN, 0)]
    public void Coordinates_outside_the_globe_are_refused(double latitude, double longitude) =>
        Assert.False(GeoPoint.Create(latitude, longitude).IsSuccess);
}
