namespace Boona.Web.Resources;

/// <summary>Texts of the shared weekly-windows editor (phone hours, a patient's free times).</summary>
public sealed class WeeklyWindowsTexts;
