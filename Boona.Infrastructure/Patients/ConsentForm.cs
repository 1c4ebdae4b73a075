namespace Boona.Infrastructure.Patients;

/// <summary>The consent text patients currently agree to; a new text gets a new version and is recorded as such.</summary>
public static class ConsentForm
{
    public const string CurrentVersion = "2026-01";
}
