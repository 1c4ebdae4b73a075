namespace Boona.Infrastructure.Common;

/// <summary>How an input's list of languages reads, said once for the API's description of every such field.</summary>
public static class LanguageInput
{
    public const string Description =
        "ISO 639-1 codes such as \"en\" or \"tr\" (and \"gsg\" for German Sign Language); a German or English name such as "
        + "\"Englisch\" or \"English\" is read as its code, anything else is a 400 naming the field. Read back as codes. "
        + "The list with German and English names: GET /api/v1/languages.";
}
