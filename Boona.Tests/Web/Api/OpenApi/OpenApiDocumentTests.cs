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
    public async Task Every_operation_has_an_id_a_schema_on_its_success_and_its_problem_answers()
    {
        var (document, _) = await ReadAsync();

        var gaps = new List<string>();
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations!)
            {
                var name = $"{method} {path}";
                var responses = operation.Responses!;
                if (string.IsNullOrEmpty(operation.OperationId))
                {
                    gaps.Add($"{name}: no operation id");
                }

                if (!responses.Keys.Any(k => k.StartsWith('4')))
                {
                    gaps.Add($"{name}: no error response");
                }

                var success = responses.Where(r => r.Key.StartsWith('2')).ToList();
                if (success.Count == 0)
                {
                    gaps.Add($"{name}: no success response");
                }

                // 200 and 201 carry a body here (202 and 204 do not): a generator needs its schema to type the result.
                if (success.Any(r => r.Key is "200" or "201" && r.Value.Content?.Values.FirstOrDefault()?.Schema is null))
                {
                    gaps.Add($"{name}: success {string.Join(",", success.Select(s => s.Key))} without a schema");
                }

                if ((operation.RequestBody is not null || operation.Parameters?.Count > 0) && !responses.ContainsKey("400"))
                {
                    gaps.Add($"{name}: reads input but documents no 400");
                }

                if (responses.Values.Any(r => r.Description is null))
                {
                    gaps.Add($"{name}: a response without a description");
                }
            }
        }

        Assert.Empty(gaps);
        Assert.Equal(document.Paths.Values.SelectMany(p => p.Operations!.Values).Count(), document.Paths.Values.SelectMany(p => p.Operations!.Values).Select(o => o.OperationId).Distinct().Count());
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

    [Fact]
    public async Task Languages_are_documented_as_lists_of_codes_with_the_list_to_read()
    {
        var (document, _) = await ReadAsync();

        foreach (var input in new[] { "TherapistProfileInput", "PatientInput" })
        {
            var languages = document.Components!.Schemas![input].Properties!["languages"];
            Assert.Equal(JsonSchemaType.Array, languages.Type! & JsonSchemaType.Array);
            Assert.Equal(JsonSchemaType.String, languages.Items!.Type! & JsonSchemaType.String);
            Assert.Contains("ISO 639-1", languages.Description, StringComparison.Ordinal);
            Assert.Contains("GET /api/v1/languages", languages.Description, StringComparison.Ordinal);
        }

        Assert.True(document.Paths["/api/v1/languages"].Operations!.ContainsKey(HttpMethod.Get));
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
