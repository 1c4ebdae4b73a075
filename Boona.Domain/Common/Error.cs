namespace Boona.Domain.Common;

/// <summary>An expected failure: a stable <paramref name="Code"/> for the UI and a message for logs and APIs.</summary>
/// <param name="Code">Stable key, e.g. <c>postal-code.invalid</c>.</param>
/// <param name="Message">English explanation; the UI shows its own German text for the code.</param>
/// <param name="Field">The input field at fault, when there is one.</param>
public sealed record Error(string Code, string Message, string? Field = null);
