using Boona.Domain.Therapists;
using Boona.Infrastructure.Therapists;
using Boona.Web.Components.Pages.Therapists;

namespace Boona.Web.Api;

/// <summary>Create, read and update therapists through the same commands and queries as the directory pages.</summary>
internal static class TherapistEndpoints
{
    public static void MapTherapists(this RouteGroupBuilder api)
    {
        var therapists = api.MapGroup("/therapists").WithTags("Therapists");
        therapists.MapGet("/", ListAsync).WithSummary("The directory, filtered and paged in the database (page is zero-based).");
        therapists.MapGet("/{id:int}", GetAsync).WithSummary("One therapist.");
        therapists.MapPost("/", CreateAsync).Accepts<TherapistProfileModel>("application/json").WithSummary("A therapist entered by hand; active at once.");
        therapists.MapPut("/{id:int}", UpdateAsync).Accepts<TherapistUpdate>("application/json").WithSummary("Changes the profile; names the version read.");
    }

    private static async Task<IResult> ListAsync(string? name, string? postalPrefix, string? status, int? page, int? pageSize, TherapistQueries queries, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedStatus = query.Enum<TherapistStatus>(status, "status");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new TherapistListQuery { Name = name, PostalPrefix = postalPrefix, Status = parsedStatus, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
        return TypedResults.Ok(new { items = list.Rows, total = list.TotalCount });
    }

    private static async Task<IResult> GetAsync(int id, TherapistQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(id, cancellationToken) is { } therapist ? TypedResults.Ok(TherapistDto.From(therapist)) : ApiProblems.NotFound($"There is no therapist {id}.");

    private static async Task<IResult> CreateAsync(JsonBody<TherapistProfileModel> body, TherapistCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } model)
        {
            return body.Problem();
        }

        var profile = model.ToProfile();
        if (!profile.IsSuccess)
        {
            return ApiProblems.From(profile);
        }

        var created = await commands.CreateAsync(profile.Value, cancellationToken);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/therapists/{created.Value}", new { id = created.Value }) : ApiProblems.From(created);
    }

    private static async Task<IResult> UpdateAsync(int id, JsonBody<TherapistUpdate> body, TherapistCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } update)
        {
            return body.Problem();
        }

        var profile = update.Profile.ToProfile();
        if (!profile.IsSuccess)
        {
            return ApiProblems.From(profile.Errors.Select(e => e with { Field = e.Field is null ? "Profile" : $"Profile.{e.Field}" }).ToList());
        }

        var changed = await commands.UpdateProfileAsync(id, update.Version, profile.Value, cancellationToken);
        return changed.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(changed);
    }
}
