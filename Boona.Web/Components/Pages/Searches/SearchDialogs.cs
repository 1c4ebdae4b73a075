using DomainError = Boona.Domain.Common.Error;

namespace Boona.Web.Components.Pages.Searches;

/// <summary>What the search and exclusion dialogs share.</summary>
internal static class SearchDialogs
{
    /// <summary>
    /// The German text of every error the dialog shows at no field of its own (a refused transition, a change made
    /// meanwhile), or null. A field the dialog does not show counts as none, so no refusal is ever hidden.
    /// </summary>
    public static string? General(ErrorMessages messages, IEnumerable<DomainError> errors, params string[] shownFields)
    {
        var general = errors.Where(e => e.Field is null || !shownFields.Contains(e.Field)).Select(messages.Describe).Distinct().ToList();
        return general.Count == 0 ? null : string.Join(" ", general);
    }
}
