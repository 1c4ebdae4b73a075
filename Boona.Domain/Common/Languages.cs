namespace Boona.Domain.Common;

/// <summary>
/// The one vocabulary of languages, for therapists, patients, the API and imports: a language is stored and compared as
/// its code in <see cref="LanguageCatalog"/>. Input may name it by its code (<c>en</c>, <c>EN</c>), its German name
/// (<c>Englisch</c>) or its English name (<c>English</c>), in any case; anything else is refused. German needs no
/// mention for a patient.
/// </summary>
public static class Languages
{
    public const string German = "de";

    /// <summary>The code of the error for a value that names no language of the catalogue.</summary>
    public const string UnknownCode = "language.unknown";

    /// <summary>How many unknown values of one list are reported; the rest are the same mistake.</summary>
    public const int MaxErrorsReported = 5;

    /// <summary>The most a record keeps of the values <see cref="MapStored"/> could not map.</summary>
    public const int UnmappedMaxLength = FreeText.ShortMaxLength;

    private static readonly Dictionary<string, Language> ByCode = LanguageCatalog.All.ToDictionary(l => l.Code, StringComparer.Ordinal);

    private static readonly Dictionary<string, Language> ByName = IndexNames();

    /// <summary>The catalogue's entry for a stored code; null for anything else.</summary>
    public static Language? Find(string code) => ByCode.GetValueOrDefault(code);

    /// <summary>The name of a stored code in German or English; a value the catalogue lacks is shown as it is.</summary>
    public static string NameOf(string code, bool english = false) => Find(code)?.Name(english) ?? code;

    /// <summary>The code <paramref name="input"/> names; anything else is an <see cref="ErrorKind.Invalid"/> error of <paramref name="field"/>.</summary>
    public static Result<string> Parse(string? input, string field) =>
        Key(input) is { } key && ByName.TryGetValue(key, out var language) ? Result<string>.Of(language.Code) : Unknown(input, field);

    /// <summary>
    /// The codes of all <paramref name="inputs"/>, each once, ordered by code; <c>null</c> is none. Every unknown value is
    /// an error (the first <see cref="MaxErrorsReported"/> are reported), and then there are no codes.
    /// </summary>
    public static Result<IReadOnlyList<string>> ParseAll(IEnumerable<string?>? inputs, string field)
    {
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        var errors = new List<Error>();
        foreach (var input in inputs ?? [])
        {
            var parsed = Parse(input, field);
            if (parsed.IsSuccess)
            {
                codes.Add(parsed.Value);
            }
            else if (errors.Count < MaxErrorsReported)
            {
                errors.AddRange(parsed.Errors);
            }
        }

        return errors.Count > 0 ? Result<IReadOnlyList<string>>.Failure(errors) : Result<IReadOnlyList<string>>.Of([.. codes]);
    }

    /// <summary>The errors of <see cref="ParseAll"/> only, for a record's <c>Validate</c>.</summary>
    public static IEnumerable<Error> Check(IEnumerable<string?>? inputs, string field) => ParseAll(inputs, field).Errors;

    /// <summary>Codes of input already checked (<see cref="Check"/>): an unknown value here is a programmer error.</summary>
    public static IReadOnlyList<string> Codes(IEnumerable<string?>? inputs, string field)
    {
        var parsed = ParseAll(inputs, field);
        return parsed.IsSuccess ? parsed.Value : throw new DomainException(UnknownCode, parsed.FirstError!.Message);
    }

    /// <summary>
    /// Languages stored before they were codes (free text such as <c>englisch</c>): the codes of those the catalogue
    /// knows, and the others as they were, each cut to <see cref="Text.Excerpt"/>, for a coordinator to pick again.
    /// </summary>
    public static (IReadOnlyList<string> Codes, IReadOnlyList<string> Unmapped) MapStored(IEnumerable<string> stored)
    {
        var values = stored.Where(v => !Text.IsBlank(v)).ToList();
        var unmapped = values.Where(v => !Parse(v, string.Empty).IsSuccess).Select(v => Text.Excerpt(v.Trim())).Distinct().ToList();
        return (Codes(values.Where(v => Parse(v, string.Empty).IsSuccess), string.Empty), unmapped);
    }

    /// <summary>The values <see cref="MapStored"/> could not map, as a record keeps them: one line, null for none.</summary>
    public static string? UnmappedText(IReadOnlyList<string> unmapped) =>
        unmapped.Count == 0 ? null : Cut(string.Join(", ", unmapped.Select(v => $"„{v}“")), UnmappedMaxLength);

    private static string Cut(string text, int maxLength) => text.Length <= maxLength ? text : text[..(maxLength - 1)] + "…";

    private static Error Unknown(string? input, string field) =>
        Error.Invalid(
            UnknownCode,
            Text.IsBlank(input)
                ? "An empty entry is not a language: use an ISO 639-1 code such as \"en\" or a name such as \"English\" or \"Englisch\"."
                : $"'{Text.Excerpt(input)}' is not a known language: use an ISO 639-1 code such as \"en\" or a name such as \"English\" or \"Englisch\".",
            field);

    /// <summary>Trimmed, inner white space as one space; case is left to the index's comparer.</summary>
    private static string? Key(string? input) =>
        Text.IsBlank(input) ? null : string.Join(' ', input!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Codes, German, English and other names, case-insensitive; one name for two languages is a mistake in the catalogue.</summary>
    private static Dictionary<string, Language> IndexNames()
    {
        var index = new Dictionary<string, Language>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in LanguageCatalog.All)
        {
            foreach (var name in new[] { language.Code, language.GermanName, language.EnglishName }.Concat(language.OtherNames))
            {
                if (index.TryGetValue(name, out var other) && other != language)
                {
                    throw new InvalidOperationException($"The language catalogue gives '{name}' to both {other.Code} and {language.Code}.");
                }

                index[name] = language;
            }
        }

        return index;
    }
}
