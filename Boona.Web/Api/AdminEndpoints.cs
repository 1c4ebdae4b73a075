using Boona.Domain.Common;
using Boona.Infrastructure.Jobs;
using Boona.Infrastructure.Settings;
using Boona.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Boona.Web.Api;

/// <summary>What the admin pages do: read and change the operational settings, see the jobs and start one now.</summary>
internal static class AdminEndpoints
{
    /// <summary>How many runs per job the list shows, as on the Jobs page.</summary>
    private const int RunsPerJob = 5;

    public static void MapAdmin(this RouteGroupBuilder api)
    {
        var settings = api.MapGroup("/settings").WithTags("Settings").RequireAuthorization(ApiAccess.RequireAdmin);
        settings.MapGet("/", GetSettingsAsync).WithSummary("The operational settings in force, their version and ranges (admin).")
            .Produces<SettingsDto>();
        settings.MapPatch("/", ChangeSettingsAsync).Accepts<SettingsPatch>("application/json")
            .WithSummary("Changes the named settings, the others keep theirs; with the version read, a change made meanwhile is refused (admin key).")
            .Produces<SettingsDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);

        var jobs = api.MapGroup("/jobs").WithTags("Jobs").RequireAuthorization(ApiAccess.RequireAdmin);
        jobs.MapGet("/", ListJobsAsync).WithSummary("The background jobs with their schedule and latest runs (admin).")
            .Produces<IReadOnlyList<JobDto>>();
        jobs.MapPost("/{name}/runs", RunNowAsync)
            .WithSummary("Starts a job now, e.g. geocoding-refresh to locate therapists and patients; a run under way finishes first (admin key).")
            .Produces(StatusCodes.Status202Accepted).ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        jobs.MapPut("/{name}/schedule", ChangeScheduleAsync).Accepts<JobScheduleInput>("application/json")
            .WithSummary("Sets the weekdays and time (German time, e.g. 09:00) a job with a changeable schedule runs at, e.g. patient-progress; applied at once (admin key).")
            .Produces(StatusCodes.Status204NoContent).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<Ok<SettingsDto>> GetSettingsAsync(SettingsStore store, CancellationToken cancellationToken) =>
        TypedResults.Ok(SettingsDto.From(await store.GetStoredAsync(cancellationToken)));

    private static async Task<IResult> ChangeSettingsAsync(JsonBody<SettingsPatch> body, HttpContext http, SettingsStore store, CancellationToken cancellationToken)
    {
        if (body.Value is not { } patch)
        {
            return body.Problem();
        }

        var result = await store.UpdateAsync(patch.ToChange(), http.User.ActorName(), cancellationToken);
        return result.IsSuccess
            ? TypedResults.Ok(SettingsDto.From(result.Value))
            : ApiProblems.From([.. result.Errors.Select(e => e.Kind == ErrorKind.Invalid ? e with { Field = $"Values.{e.Field}" } : e)]);
    }

    private static async Task<Ok<List<JobDto>>> ListJobsAsync(JobQueries queries, CancellationToken cancellationToken) =>
        TypedResults.Ok((await queries.GetOverviewAsync(RunsPerJob, cancellationToken)).Select(JobDto.From).ToList());

    private static async Task<IResult> ChangeScheduleAsync(string name, JsonBody<JobScheduleInput> body, HttpContext http, JobScheduleCommands schedules, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var result = await schedules.ChangeAsync(name, input, http.User.ActorName(), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
    }

    private static async Task<IResult> RunNowAsync(string name, HttpContext http, JobCommands commands, CancellationToken cancellationToken)
    {
        var result = await commands.RunNowAsync(name, http.User.ActorName(), null, cancellationToken);
        return result.IsSuccess ? TypedResults.Accepted((string?)null) : ApiProblems.From(result);
    }
}
