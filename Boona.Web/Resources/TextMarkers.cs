namespace Boona.Web.Resources;

/// <summary>Texts used on many pages (buttons, common messages). German in SharedTexts.resx, English in SharedTexts.en.resx.</summary>
public sealed class SharedTexts;

/// <summary>German and English messages for the stable codes of domain <c>Error</c>s and <c>DomainException</c>s.</summary>
public sealed class ErrorTexts;
