using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Boona.Web.Api;

/// <summary>
/// A request body read by the endpoint rather than by the framework, so that a malformed value (an unknown
/// enum name, text where a number belongs) comes back as a problem naming that field instead of a bare 400.
/// </summary>
public sealed class JsonBody<T>
    where T : class
{
    private JsonBody(T? value, string? field, string? error)
    {
        Value = value;
        Field = field;
        Error = error;
    }

    public T? Value { get; }

    public string? Field { get; }

    public string? Error { get; }

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await context.Request.ReadFromJsonAsync<T>(options, context.RequestAborted);
            return value is null ? new JsonBody<T>(null, string.Empty, "A JSON body is required.") : new JsonBody<T>(value, null, null);
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path ? path[2..] : string.Empty;
            return new JsonBody<T>(null, field, $"The value at '{exception.Path}' cannot be read: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            return new JsonBody<T>(null, string.Empty, "The body must be JSON (Content-Type: application/json).");
        }
    }

    /// <summary>The problem to answer with when the body could not be read.</summary>
    public IResult Problem() =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Field ?? string.Empty] = [Error ?? "Invalid body."] }, title: "Invalid input");
}
