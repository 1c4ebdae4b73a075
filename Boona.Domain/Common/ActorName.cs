namespace Boona.Domain.Common;

/// <summary>Who did something, as records keep it: a staff member's e-mail address or <c>API: &lt;key name&gt;</c>.</summary>
public static class ActorName
{
    public const int MaxLength = 256;

    /// <summary>The name as kept: trimmed, at most <see cref="MaxLength"/> characters, null when empty.</summary>
    public static string? Bounded(string? name) => Text.TrimOrNull(name) is { } trimmed && trimmed.Length > MaxLength ? trimmed[..MaxLength] : Text.TrimOrNull(name);
}
