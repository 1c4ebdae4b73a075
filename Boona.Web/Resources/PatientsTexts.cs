namespace Boona.Web.Resources;

/// <summary>Texts of the patient pages: list, intake and edit form, patient page, exclusions, access log.</summary>
public sealed class PatientsTexts;
