namespace Boona.Web.Resources;

/// <summary>The e-mail templates page: editing, live preview, versions.</summary>
public sealed class TemplatesTexts;
