namespace Boona.Web.Resources;

/// <summary>Texts of the therapist directory pages. German in TherapistTexts.resx, English in TherapistTexts.en.resx.</summary>
public sealed class TherapistTexts;
