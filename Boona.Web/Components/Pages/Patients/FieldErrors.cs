namespace Boona.Web.Components.Pages.Patients;

/// <summary>German messages per input field, as the form shows them beside each field.</summary>
public sealed class FieldErrors(IReadOnlyDictionary<string, string> messages)
{
    public static FieldErrors None { get; } = new(new Dictionary<string, string>());

    public bool Any => messages.Count > 0;

    public IEnumerable<string> Fields => messages.Keys;

    public bool Has(string field) => messages.ContainsKey(field);

    public string? For(string field) => messages.GetValueOrDefault(field);
}
