namespace Boona.Domain.Common;

/// <summary>What kind of refusal an <see cref="Error"/> is; it decides how a caller answers (the API's status code).</summary>
public enum ErrorKind
{
    /// <summary>The input breaks a rule: a missing reason, a malformed postal code, a value out of range.</summary>
    Invalid,

    /// <summary>The record named does not exist (any more).</summary>
    NotFound,

    /// <summary>The input is fine but the state does not allow it now: a second search, an answer twice, a stale version.</summary>
    Conflict,

    /// <summary>The caller may not do this.</summary>
    Forbidden,
}

/// <summary>An expected failure: a stable <paramref name="Code"/> for the UI and a message for logs and APIs.</summary>
/// <param name="Code">Stable key, e.g. <c>postal-code.invalid</c>.</param>
/// <param name="Message">English explanation; the UI shows its own German text for the code.</param>
/// <param name="Field">The input field at fault, when there is one.</param>
/// <param name="Kind">Invalid input unless said otherwise.</param>
public sealed record Error(string Code, string Message, string? Field = null, ErrorKind Kind = ErrorKind.Invalid)
{
    /// <summary>The code of every stale write, whatever the record: one mechanism, one message.</summary>
    public const string ConcurrencyCode = "concurrency";

    public static Error Invalid(string code, string message, string? field = null) => new(code, message, field, ErrorKind.Invalid);

    public static Error NotFound(string code, string message, string? field = null) => new(code, message, field, ErrorKind.NotFound);

    public static Error Conflict(string code, string message, string? field = null) => new(code, message, field, ErrorKind.Conflict);

    public static Error Forbidden(string code, string message, string? field = null) => new(code, message, field, ErrorKind.Forbidden);

    /// <summary>Someone else changed the record since it was read.</summary>
    public static Error Concurrency(string message = "Someone else changed this meanwhile; reload and try again.") =>
        Conflict(ConcurrencyCode, message, "Version");
}
