namespace Boona.Web.Resources;

/// <summary>Texts of the inquiry pages (builder, list, detail, conflicts). German in InquiryTexts.resx, English in InquiryTexts.en.resx.</summary>
public sealed class InquiryTexts;
