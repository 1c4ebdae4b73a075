using System.Globalization;
using Boona.Domain.Common;

namespace Boona.Web.Components.Shared;

/// <summary>Stored language codes as the user reads them: the German name, the English one when the UI is English.</summary>
public static class LanguageNames
{
    public static bool English => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Of(string code) => Languages.NameOf(code, English);

    /// <summary>The names of <paramref name="codes"/> in alphabetical order, comma-separated.</summary>
    public static string List(IEnumerable<string> codes) =>
        string.Join(", ", codes.Select(Of).Order(StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true)));

    /// <summary>The catalogue's languages matching <paramref name="text"/> (code, German, English or other name), best first.</summary>
    public static IEnumerable<Language> Search(string? text)
    {
        var wanted = text?.Trim() ?? string.Empty;
        var byName = LanguageCatalog.All.OrderBy(l => l.Name(English), StringComparer.Create(CultureInfo.CurrentUICulture, ignoreCase: true));
        if (wanted.Length == 0)
        {
            return byName;
        }

        return byName
            .Select(l => (Language: l, Rank: Rank(l, wanted)))
            .Where(m => m.Rank < int.MaxValue)
            .OrderBy(m => m.Rank)
            .Select(m => m.Language);
    }

    /// <summary>0: the code; 1: a name starting with the text; 2: a name containing it; none: no match.</summary>
    private static int Rank(Language language, string wanted)
    {
        if (language.Code.Equals(wanted, StringComparison.OrdinalIgnoreCase))
        {
            return 0;
        }

        string[] names = [language.Name(English), language.Name(!English), .. language.OtherNames];
        if (names.Any(n => n.StartsWith(wanted, StringComparison.CurrentCultureIgnoreCase)))
        {
            return 1;
        }

        return names.Any(n => n.Contains(wanted, StringComparison.CurrentCultureIgnoreCase)) ? 2 : int.MaxValue;
    }
}
