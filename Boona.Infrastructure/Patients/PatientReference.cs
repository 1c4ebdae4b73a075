using System.Globalization;

namespace Boona.Infrastructure.Patients;

/// <summary>Reads a patient reference as typed into a search box: <c>P-00012</c>, <c>p12</c>.</summary>
public static class PatientReference
{
    public static bool TryParse(string text, out int id)
    {
        var trimmed = text.Trim();
        id = 0;
        if (trimmed.Length < 2 || char.ToUpperInvariant(trimmed[0]) != 'P')
        {
            return false;
        }

        var digits = trimmed[1..].TrimStart('-', ' ');
        return digits.Length is > 0 and <= 9 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out id);
    }
}
