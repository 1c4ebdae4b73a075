namespace Boona.Web.Api;

/// <summary>
/// A request body that may be left out (<c>POST /searches/{id}/pause</c> with nothing): no body reads as a new
/// <typeparamref name="T"/> with every field unset; a body that is there is read like <see cref="JsonBody{T}"/>.
/// </summary>
public sealed class OptionalJsonBody<T>
    where T : class, new()
{
    private readonly JsonBody<T>? _body;

    private OptionalJsonBody(T? value, JsonBody<T>? body)
    {
        Value = value;
        _body = body;
    }

    public T? Value { get; }

    public static async ValueTask<OptionalJsonBody<T>?> BindAsync(HttpContext context)
    {
        var body = await JsonBody<T>.BindAsync(context);
        return new OptionalJsonBody<T>(body is { IsReadable: true, Value: null } ? new T() : body?.Value, body);
    }

    /// <summary>The problem to answer with when the body was there but could not be read.</summary>
    public IResult Problem() => _body?.Problem() ?? TypedResults.BadRequest();
}

/// <summary>Describes an optional JSON body in the OpenAPI document.</summary>
internal static class OptionalJsonBodyExtensions
{
    /// <summary>
    /// Like <c>Accepts&lt;T&gt;("application/json")</c> for the document only: <c>Accepts</c> also makes routing refuse a
    /// request without a Content-Type, which a body that may be left out must not.
    /// </summary>
    public static RouteHandlerBuilder AcceptsOptionalJson<T>(this RouteHandlerBuilder endpoint)
        where T : class, new() =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, cancellationToken);
            operation.RequestBody = new Microsoft.OpenApi.OpenApiRequestBody
            {
                Required = false,
                Content = new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType> { ["application/json"] = new() { Schema = schema } },
            };
        });
}
