using System.Collections;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Boona.Web.Api;

/// <summary>
/// A request body read by the endpoint rather than by the framework, so that a malformed value (an unknown enum
/// name, a number for an enum, text where a number belongs) comes back as a problem that names the field in plain
/// words with what it accepts, never a .NET type name, and with a stable code like every other problem.
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

    /// <summary>The body; null when it could not be read, or when it was left out of an optional one.</summary>
    public T? Value { get; }

    public string? Field { get; }

    public string? Error { get; }

    public bool IsReadable => Error is null;

    public static async ValueTask<JsonBody<T>?> BindAsync(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        if (context.Request.ContentLength == 0 || (context.Request.ContentLength is null && !context.Request.Headers.ContainsKey("Transfer-Encoding")))
        {
            return new JsonBody<T>(null, string.Empty, null);
        }

        try
        {
            var value = await context.Request.ReadFromJsonAsync<T>(options, context.RequestAborted);
            return new JsonBody<T>(value, null, null);
        }
        catch (JsonException exception)
        {
            var field = JsonBodyFields.FieldOf(exception.Path);
            return new JsonBody<T>(null, field, JsonBodyFields.Expectation(typeof(T), field));
        }
        catch (InvalidOperationException)
        {
            return new JsonBody<T>(null, string.Empty, "The body must be JSON (Content-Type: application/json).");
        }
    }

    /// <summary>The problem to answer with when the body could not be read or is missing.</summary>
    public IResult Problem() =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [Field ?? string.Empty] = [Error ?? "A JSON body is required."] },
            title: "Invalid input",
            extensions: new Dictionary<string, object?> { ["codes"] = new[] { new { field = Field ?? string.Empty, code = Error is null ? "api.body.required" : "api.body.unreadable" } } });
}

/// <summary>Finds the property a JSON path points at and says in words what it takes.</summary>
internal static class JsonBodyFields
{
    /// <summary><c>$.history.symptoms[1]</c> → <c>history.symptoms</c>.</summary>
    public static string FieldOf(string? path)
    {
        if (path is not { Length: > 1 } || !path.StartsWith("$.", StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var field = path[2..];
        var index = field.IndexOf('[', StringComparison.Ordinal);
        return index >= 0 ? field[..index] : field;
    }

    public static string Expectation(Type root, string field)
    {
        var type = TypeAt(root, field);
        var name = field.Length == 0 ? "The body" : $"'{field}'";
        if (type is null)
        {
            return $"{name} cannot be read.";
        }

        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type != typeof(string) && type.GetInterfaces().Contains(typeof(IEnumerable)) && ElementType(type) is { } element)
        {
            return element.IsEnum ? $"{name} must be a list of: {string.Join(", ", Enum.GetNames(element))}." : $"{name} must be a list.";
        }

        return type switch
        {
            { IsEnum: true } => $"{name} must be one of: {string.Join(", ", Enum.GetNames(type))}.",
            _ when type == typeof(DateOnly) => $"{name} must be a date such as 2026-12-01.",
            _ when type == typeof(DateTimeOffset) || type == typeof(DateTime) => $"{name} must be a date and time such as 2026-12-01T09:30:00+01:00.",
            _ when type == typeof(TimeOnly) => $"{name} must be a time such as 09:30.",
            _ when type == typeof(bool) => $"{name} must be true or false.",
            _ when type == typeof(int) || type == typeof(long) => $"{name} must be a whole number.",
            _ when type == typeof(double) || type == typeof(decimal) => $"{name} must be a number.",
            _ when type == typeof(string) => $"{name} must be text.",
            _ => $"{name} must be an object.",
        };
    }

    private static Type? TypeAt(Type root, string field)
    {
        var type = root;
        foreach (var part in field.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            type = ElementType(type) ?? type;
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
        }

        return type;
    }

    private static Type? ElementType(Type type) =>
        type == typeof(string) ? null
        : type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
}
