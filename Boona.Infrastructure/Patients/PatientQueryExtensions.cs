using Boona.Domain.Patients;

namespace Boona.Infrastructure.Patients;

public static class PatientQueryExtensions
{
    /// <summary>The reference (P-00012), or the start of the first name, the last name or "first last", ignoring case.</summary>
    public static IQueryable<Patient> MatchingText(this IQueryable<Patient> patients, string text)
    {
        if (PatientReference.TryParse(text, out var id))
        {
            return patients.Where(p => p.Id == id);
        }

        var typed = text.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // Translated to SQL lower(): the database folds the case, no .NET culture is involved.
        return patients.Where(p => p.LastName.ToLower().StartsWith(typed)
            || p.FirstName.ToLower().StartsWith(typed)
            || (p.FirstName + " " + p.LastName).ToLower().StartsWith(typed));
#pragma warning restore CA1304, CA1311, CA1862
    }
}
