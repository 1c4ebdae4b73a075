using System.Reflection;
using System.Runtime.Loader;
using Boona.Infrastructure.ApiKeys;
using Boona.Infrastructure.Settings;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.DependencyInjection;
using NJsonSchema.CodeGeneration.CSharp;
using NSwag.CodeGeneration.CSharp;
using NSwag.CodeGeneration.OperationNameGenerators;
using static Boona.Tests.Web.Api.ApiApp;

namespace Boona.Tests.Web.Api.OpenApi;

/// <summary>
/// What an integrator does first: generate a C# client from the published document with NSwag, compile it, and call
/// the API with it. A document a generator misreads fails here, at compile time or in the calls.
/// </summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task A_client_generated_from_the_document_compiles_reads_and_changes_settings_and_gets_conflicts_as_errors()
    {
        await using var app = new ApiApp();
        using var http = app.Client(await app.NewKeyAsync("Betrieb", ApiKeyScope.Admin));
        var code = await GenerateAsync(await http.GetStringAsync(Url("/api/v1/openapi.json"), Token));
        var context = new AssemblyLoadContext("generated-client", isCollectible: true);
        try
        {
            dynamic client = Activator.CreateInstance(Compile(code, context).GetType("Boona.Generated.BoonaClient", throwOnError: true)!, http)!;

            dynamic read = await client.Settings_GetSettingsAsync(Token);
            var patch = (dynamic)Activator.CreateInstance(((Type)client.GetType()).Assembly.GetType("Boona.Generated.SettingsPatch", throwOnError: true)!)!;
            patch.Version = read.Version;
            patch.Values = new Dictionary<string, int> { ["coolingWeeks"] = 5 };
            dynamic saved = await client.Settings_ChangeSettingsAsync(patch, Token);
            var conflict = await Assert.ThrowsAnyAsync<Exception>(async () => await client.Settings_ChangeSettingsAsync(patch, Token));
            dynamic jobs = await client.Jobs_ListJobsAsync(Token);

            Assert.Equal(4, (int)read.Values["coolingWeeks"]);
            Assert.Equal((int)read.Version + 1, (int)saved.Version);
            Assert.Equal(5, (await app.Factory.Services.GetRequiredService<SettingsStore>().GetAsync(Token)).CoolingWeeks);
            // The 409 arrives typed: the generator read the problem schema and deserialized the answer into it.
            Assert.Equal(("ApiException`1", 409, "Changed meanwhile"), (conflict.GetType().Name, (int)((dynamic)conflict).StatusCode, (string)((dynamic)conflict).Result.Title));
            Assert.NotEmpty((IEnumerable<object>)jobs);
        }
        finally
        {
            context.Unload();
        }
    }

    private static async Task<string> GenerateAsync(string json)
    {
        var document = await NSwag.OpenApiDocument.FromJsonAsync(json, Token);
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "BoonaClient",
            GenerateClientInterfaces = false,
            UseBaseUrl = false,
            OperationNameGenerator = new SingleClientFromOperationIdOperationNameGenerator(),
        };
        settings.CSharpGeneratorSettings.Namespace = "Boona.Generated";
        settings.CSharpGeneratorSettings.JsonLibrary = CSharpJsonLibrary.SystemTextJson;
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    /// <summary>Compiles against the running framework's own assemblies, as a fresh console project would.</summary>
    private static Assembly Compile(string code, AssemblyLoadContext context)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal)
                || Path.GetFileName(path) is "netstandard.dll" or "mscorlib.dll" or "Microsoft.CSharp.dll")
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Boona.Generated", [CSharpSyntaxTree.ParseText(code, cancellationToken: Token)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: Token);
        Assert.True(emitted.Success, string.Join(Environment.NewLine, emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10)));
        image.Position = 0;
        return context.LoadFromStream(image);
    }
}
