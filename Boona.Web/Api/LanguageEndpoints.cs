using Boona.Domain.Common;

namespace Boona.Web.Api;

/// <summary>One language of the list every <c>languages</c> field takes: its code and its German and English names.</summary>
public sealed record LanguageDto(string Code, string GermanName, string EnglishName);

/// <summary>The one list of languages (<see cref="LanguageCatalog"/>), for a client's picker and for checking its codes.</summary>
internal static class LanguageEndpoints
{
    private static readonly IReadOnlyList<LanguageDto> All = [.. LanguageCatalog.All.Select(l => new LanguageDto(l.Code, l.GermanName, l.EnglishName))];

    public static void MapLanguages(this RouteGroupBuilder api) =>
        api.MapGet("/languages", () => TypedResults.Ok(All)).WithTags("Languages")
            .WithName("Languages_List")
            .WithSummary("Every language a therapist's or patient's languages may name: the ISO 639-1 codes and German Sign Language (gsg), with German and English names.")
            .Produces<IReadOnlyList<LanguageDto>>();
}
