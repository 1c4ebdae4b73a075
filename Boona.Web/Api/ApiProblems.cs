using Boona.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Api;

/// <summary>
/// Expected failures as RFC 9457 problem details: invalid input is a 400 naming every field at fault (in the
/// JSON body's spelling), an unknown record a 404, a change made meanwhile by someone else a 409.
/// </summary>
internal static class ApiProblems
{
    public static IResult From(Result result) => From(result.Errors);

    public static IResult From(IReadOnlyList<DomainError> errors)
    {
        if (errors.Any(e => e.Code == "concurrency"))
        {
            return Problem(StatusCodes.Status409Conflict, "Changed meanwhile", errors);
        }

        if (errors.All(e => e.Code.EndsWith("not-found", StringComparison.Ordinal)))
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", errors);
        }

        var byField = errors.GroupBy(e => JsonName(e.Field)).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray());
        return TypedResults.ValidationProblem(byField, title: "Invalid input", extensions: Codes(errors));
    }

    public static ProblemHttpResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: what);

    /// <summary>Error fields are C# property names; the API's JSON is camelCase. Errors of no field go under "".</summary>
    public static string JsonName(string? field) =>
        string.IsNullOrEmpty(field) ? string.Empty : string.Join('.', field.Split('.').Select(p => p.Length == 0 ? p : char.ToLowerInvariant(p[0]) + p[1..]));

    private static ProblemHttpResult Problem(int status, string title, IReadOnlyList<DomainError> errors) =>
        TypedResults.Problem(statusCode: status, title: title, detail: string.Join(" ", errors.Select(e => e.Message)), extensions: Codes(errors));

    private static Dictionary<string, object?> Codes(IReadOnlyList<DomainError> errors) =>
        new() { ["codes"] = errors.Select(e => new { field = JsonName(e.Field), code = e.Code }).ToArray() };
}
