using Boona.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;
using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Api;

/// <summary>
/// Expected failures as RFC 9457 problem details, the status from the errors' kind: invalid input is a 400 naming
/// every field at fault (in the JSON body's spelling), an unknown record a 404, a state that does not allow it
/// (a change made meanwhile too) a 409, a refusal for this caller a 403. Every problem carries the stable codes.
/// </summary>
internal static class ApiProblems
{
    public static IResult From(Result result) => From(result.Errors);

    public static IResult From(IReadOnlyList<DomainError> errors)
    {
        // Mixed kinds answer with the one that is no use to retry with other input.
        if (errors.Any(e => e.Kind == ErrorKind.Forbidden))
        {
            return Problem(StatusCodes.Status403Forbidden, "Forbidden", errors);
        }

        if (errors.Any(e => e.Kind == ErrorKind.NotFound))
        {
            return Problem(StatusCodes.Status404NotFound, "Not found", errors);
        }

        if (errors.Any(e => e.Kind == ErrorKind.Conflict))
        {
            return Problem(StatusCodes.Status409Conflict, errors.Any(e => e.Code == DomainError.ConcurrencyCode) ? "Changed meanwhile" : "Conflict", errors);
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
