using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Components.Pages.Therapists;

/// <summary>
/// A form's or dialog's errors in the user's language: those of the fields it shows go beside them, every other one (a
/// change made meanwhile, a refused status change) into its general box, so that none is lost and no key is shown.
/// </summary>
public sealed class DialogErrors
{
    private readonly IReadOnlyDictionary<string, string> _byField;

    private DialogErrors(IReadOnlyDictionary<string, string> byField, string? general)
    {
        _byField = byField;
        General = general;
    }

    public static DialogErrors None { get; } = new(new Dictionary<string, string>(), null);

    /// <summary>What belongs to no field shown; null when there is nothing.</summary>
    public string? General { get; }

    public bool Has(string field) => _byField.ContainsKey(field);

    public string? For(string field) => _byField.GetValueOrDefault(field);

    /// <summary>The same errors with <paramref name="text"/> in the general box when nothing else is there (e.g. "fix the marked fields").</summary>
    public DialogErrors OrGeneral(string text) => General is null ? new DialogErrors(_byField, text) : this;

    /// <param name="messages">Turns codes into texts.</param>
    /// <param name="errors">The use case's errors.</param>
    /// <param name="fields">The input properties the form shows an error beside.</param>
    public static DialogErrors From(ErrorMessages messages, IEnumerable<DomainError> errors, params IReadOnlyCollection<string> fields)
    {
        var list = errors.ToList();
        var shown = list.Where(e => e.Field is not null && fields.Contains(e.Field)).ToList();
        var general = list.Except(shown).Select(messages.Describe).Distinct().ToList();
        return new DialogErrors(messages.ByField(shown), general.Count > 0 ? string.Join(" ", general) : null);
    }
}
