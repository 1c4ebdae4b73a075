namespace Boona.Web.Resources;

/// <summary>Texts of the API key administration. German in ApiKeyTexts.resx, English in ApiKeyTexts.en.resx.</summary>
public sealed class ApiKeyTexts;
