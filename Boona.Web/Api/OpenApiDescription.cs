using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Boona.Web.Api;

/// <summary>
/// What the OpenAPI document says beyond each endpoint's own metadata, so that a client generator gets everything:
/// the <c>X-Api-Key</c> scheme required everywhere, the problem answers every operation can give (401, 403, 429 and,
/// where input is read, 400), and an operation id per endpoint from its tag and handler. OpenAPI 3.0 because the common
/// generators read it fully.
/// </summary>
internal static class OpenApiDescription
{
    public const string KeyScheme = "ApiKey";

    private const string ProblemType = "application/problem+json";

    public static void Configure(OpenApiOptions options)
    {
        options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_0;
        options.ShouldInclude = d => d.RelativePath?.StartsWith(ApiServiceCollectionExtensions.Prefix[1..], StringComparison.Ordinal) == true;
        options.AddDocumentTransformer(DescribeDocument);
        options.AddOperationTransformer(DescribeOperationAsync);
        options.AddSchemaTransformer(DescribeEnum);
    }

    /// <summary>Enums travel as their names (JsonStringEnumConverter); the schema says so, not only which values.</summary>
    private static Task DescribeEnum(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 })
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }

    private static Task DescribeDocument(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Boona API",
            Version = "v1",
            Description = "Therapists, patients, placement searches and inquiries, through the same use cases as the coordinators' pages. "
                + "Every call names an API key in the X-Api-Key header; a key's scope (registration, read, coordinator, admin) says what it may do. "
                + "Failures are problem details (RFC 9457) with stable codes.",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[KeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyDefaults.Header,
            Description = "A key an admin created on the API keys page.",
        };
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(KeyScheme, document)] = [] }];
        return Task.CompletedTask;
    }

    private static async Task DescribeOperationAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var handler = context.Description.ActionDescriptor.EndpointMetadata.OfType<MethodInfo>().FirstOrDefault();
        var tag = operation.Tags?.FirstOrDefault()?.Name;
        if (operation.OperationId is null && handler is not null)
        {
            operation.OperationId = $"{tag}_{handler.Name.Replace("Async", string.Empty, StringComparison.Ordinal)}";
        }

        operation.Responses ??= [];
        var readsInput = operation.RequestBody is not null || operation.Parameters?.Count > 0;
        await AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "No API key, or one unknown, revoked or expired.", cancellationToken);
        await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "The key's scope does not allow this.", cancellationToken);
        await AddProblemAsync(operation, context, StatusCodes.Status429TooManyRequests, "Too many calls; retry after the Retry-After header's seconds.", cancellationToken);
        if (readsInput)
        {
            await AddProblemAsync(operation, context, StatusCodes.Status400BadRequest, "Invalid input: every field at fault with a message and a code.", cancellationToken);
        }
    }

    private static async Task AddProblemAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        // One named schema for each problem shape, so that a generator makes one class, not one per response.
        var type = status == StatusCodes.Status400BadRequest ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        var document = context.Document!;
        if (document.Components?.Schemas?.ContainsKey(type.Name) != true)
        {
            document.AddComponent(type.Name, await context.GetOrCreateSchemaAsync(type, null, cancellationToken));
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemType] = new() { Schema = new OpenApiSchemaReference(type.Name, document) } },
        };
    }
}
