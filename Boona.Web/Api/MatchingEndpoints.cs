using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;

namespace Boona.Web.Api;

/// <summary>The inquiry builder's two steps, through the same <see cref="MatchingQueries"/> as the page.</summary>
internal static class MatchingEndpoints
{
    public static void MapMatching(this RouteGroupBuilder api)
    {
        api.MapGet("/regions/{region}/therapists", SelectionAsync).WithTags("Matching")
            .WithSummary("The therapists of a region (leading postal-code digits) who may be asked today, in order, and why the others may not.")
            .Produces<RegionSelectionDto>().ProducesValidationProblem();
        api.MapGet("/therapists/{id:int}/candidates", CandidatesAsync).WithTags("Matching")
            .WithSummary("The patients of the therapist's region who suit the therapist, and why every other one was left out.")
            .Produces<CandidatePreviewDto>().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> SelectionAsync(string region, MatchingQueries matching, CancellationToken cancellationToken)
    {
        var loaded = await matching.LoadRegionAsync(region, cancellationToken);
        return loaded.IsSuccess ? TypedResults.Ok(RegionSelectionDto.From(loaded.Value)) : ApiProblems.From(loaded);
    }

    private static async Task<IResult> CandidatesAsync(int id, HttpContext http, MatchingQueries matching, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        var preview = await matching.PreviewAsync(id, cancellationToken);
        if (!preview.IsSuccess)
        {
            return ApiProblems.From(preview);
        }

        var answer = CandidatePreviewDto.From(preview.Value.Preview);
        await accessLog.LogAsync(http, [.. answer.Suitable.Select(c => c.PatientId), .. answer.LeftOut.Select(l => l.PatientId)], PatientAccessKind.Candidates);
        return TypedResults.Ok(answer);
    }
}
