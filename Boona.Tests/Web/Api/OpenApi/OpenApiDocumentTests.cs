using Boona.Infrastructure.ApiKeys;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api.OpenApi;

/// <summary>The published document read back with the reference OpenAPI library: valid, and complete for a generator.</summary>
public sealed class OpenApiDocumentTests
{
    [Fact]
    public async Task The_document_reads_without_errors_and_passes_the_standard_rules()
    {
        var (document, diagnostic) = await ReadAsync();

        Assert.Empty(diagnostic.Errors.Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()).Select(e => $"{e.Pointer}: {e.Message}"));
        Assert.True(document.Paths.Count >= 15, $"Only {document.Paths.Count} paths.");
    }

    [Fact]
    public async Task The_key_header_is_the_security_scheme_and_enums_are_strings_with_their_values()
    {
        var (document, _) = await ReadAsync();

        var scheme = Assert.Single(document.Components!.SecuritySchemes!).Value;
        Assert.Equal((SecuritySchemeType.ApiKey, ParameterLocation.Header, "X-Api-Key"), (scheme.Type!.Value, scheme.In!.Value, scheme.Name));
        Assert.NotEmpty(document.Security!);
        var status = document.Components.Schemas!["SearchStatus"];
        Assert.Equal(JsonSchemaType.String, status.Type! & JsonSchemaType.String);
        Assert.Contains("Active", status.Enum!.Select(e => e!.ToString().Trim('"')));
    }

    private static async Task<(OpenApiDocument Document, OpenApiDiagnostic Diagnostic)> ReadAsync()
    {
        await using var app = new ApiApp();
        using var client = app.Client(await app.NewKeyAsync("Generator", ApiKeyScope.Read));
        var json = await client.GetStringAsync(Url("/api/v1/openapi.json"), Token);
        var result = OpenApiDocument.Parse(json, OpenApiConstants.Json);
        return (result.Document!, result.Diagnostic!);
    }
}
