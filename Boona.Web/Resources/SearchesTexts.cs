namespace Boona.Web.Resources;

/// <summary>Texts of the search pages: list, search page, pause and cancel dialogs, timeline.</summary>
public sealed class SearchesTexts;
