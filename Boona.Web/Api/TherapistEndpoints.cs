using Boona.Domain.Common;
using Boona.Domain.Therapists;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Therapists;
using Boona.Web.Security;

namespace Boona.Web.Api;

/// <summary>
/// The therapist directory through the same commands and queries as the therapist page: the profile, every status change,
/// availability, phone hours, preferences, contact rules and the cooling override. Each change may name the
/// <c>version</c> read; invalid input is a 400 naming the field, an unknown therapist a 404, a state that does not allow
/// the change (blocking a blocked therapist, reactivating an active one, a stale version) a 409.
/// </summary>
internal static class TherapistEndpoints
{
    public static void MapTherapists(this RouteGroupBuilder api)
    {
        var therapists = api.MapGroup("/therapists").WithTags("Therapists");
        therapists.MapGet("/", ListAsync)
            .WithSummary("The directory, filtered and paged in the database (page is zero-based).")
            .Produces<TherapistListDto>().ProducesValidationProblem();
        therapists.MapGet("/{id:int}", GetAsync)
            .WithSummary("One therapist.")
            .Produces<TherapistDto>().ProducesProblem(StatusCodes.Status404NotFound);
        therapists.MapGet("/{id:int}/status-changes", StatusChangesAsync)
            .WithSummary("The therapist's status history (blocks, deactivations, reactivations, review decisions), newest first.")
            .Produces<IReadOnlyList<TherapistStatusChangeDto>>().ProducesProblem(StatusCodes.Status404NotFound);
        therapists.MapPost("/", CreateAsync).Accepts<TherapistProfileInput>("application/json")
            .WithSummary("A therapist entered by hand; active at once and placed at the postal code's centroid when it is known.")
            .Produces<TherapistCreated>(StatusCodes.Status201Created).ProducesValidationProblem();
        Change(therapists.MapPut("/{id:int}", UpdateAsync).Accepts<TherapistUpdate>("application/json"),
            "Changes the profile; names the version read. A new postal code moves the location to its centroid until the address is geocoded.");

        Change(therapists.MapPost("/{id:int}/block", BlockAsync).Accepts<TherapistBlockInput>("application/json"),
            "Blocks an active therapist from today with a reason, optionally until a day (inclusive). A blocked therapist is a 409.");
        Change(therapists.MapPost("/{id:int}/unblock", UnblockAsync).Accepts<TherapistStatusInput>("application/json"),
            "Lifts a block. The body (version, reason) is optional.");
        Change(therapists.MapPost("/{id:int}/deactivate", DeactivateAsync).Accepts<TherapistStatusInput>("application/json"),
            "Deactivates a therapist who retired or moved away, with a reason kept in the status history; never selected until reactivated.");
        Change(therapists.MapPost("/{id:int}/reactivate", ReactivateAsync).Accepts<TherapistStatusInput>("application/json"),
            "Makes an inactive therapist active again. The body (version, reason) is optional; an active therapist is a 409.");
        Change(therapists.MapPost("/{id:int}/accept-review", AcceptReviewAsync).Accepts<TherapistStatusInput>("application/json"),
            "A therapist found by the directory import becomes active. The body is optional.");
        Change(therapists.MapPost("/{id:int}/reject-review", RejectReviewAsync).Accepts<TherapistStatusInput>("application/json"),
            "A therapist found by the directory import is kept as inactive. The body is optional.");

        Change(therapists.MapPut("/{id:int}/availability", AvailabilityAsync).Accepts<TherapistAvailabilityInput>("application/json"),
            "Free places and the potentially-available flag as the therapist told them; counts as confirmed now.");
        Change(therapists.MapPut("/{id:int}/phone-hours", PhoneHoursAsync).Accepts<TherapistPhoneHoursInput>("application/json"),
            "When the practice answers the phone, e.g. \"Mo 09:00-10:00; Mi 14:00-15:30\" (empty: unknown).");
        Change(therapists.MapPut("/{id:int}/preferences", PreferencesAsync).Accepts<TherapistPreferencesInput>("application/json"),
            "The therapist's wishes about patients: diagnoses (e.g. \"F32, F4\"), age range, gender, group therapy.");
        Change(therapists.MapPut("/{id:int}/contact-rules", ContactRulesAsync).Accepts<TherapistContactRulesInput>("application/json"),
            "Knows Boona, the therapist's own pause (no inquiries up to and including a day) and preferred channel.");
        Change(therapists.MapPut("/{id:int}/cooling", CoolingAsync).Accepts<CoolingOverrideInput>("application/json"),
            "Overrides the end of the cooling period (null: contact allowed at once) with a reason that is kept.");
    }

    private static void Change(RouteHandlerBuilder endpoint, string summary) =>
        endpoint.WithSummary(summary)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    private static async Task<IResult> ListAsync(string? name, string? postalPrefix, string? status, int? page, int? pageSize, TherapistQueries queries, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedStatus = query.Enum<TherapistStatus>(status, "status");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new TherapistListQuery { Name = name, PostalPrefix = postalPrefix, Status = parsedStatus, Page = query.Page, PageSize = query.PageSize }, cancellationToken);
        return TypedResults.Ok(new TherapistListDto(list.Rows, list.TotalCount));
    }

    private static async Task<IResult> GetAsync(int id, TherapistQueries queries, CancellationToken cancellationToken) =>
        await queries.FindAsync(id, cancellationToken) is { } therapist ? TypedResults.Ok(TherapistDto.From(therapist)) : NotFound(id);

    private static async Task<IResult> StatusChangesAsync(int id, TherapistQueries queries, CancellationToken cancellationToken) =>
        await queries.StatusChangesAsync(id, cancellationToken) is { } changes
            ? TypedResults.Ok<IReadOnlyList<TherapistStatusChangeDto>>([.. changes.Select(TherapistStatusChangeDto.Of)])
            : NotFound(id);

    private static async Task<IResult> CreateAsync(JsonBody<TherapistProfileInput> body, TherapistCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } input)
        {
            return body.Problem();
        }

        var created = await commands.CreateAsync(input, cancellationToken);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/therapists/{created.Value}", new TherapistCreated(created.Value)) : ApiProblems.From(created);
    }

    private static async Task<IResult> UpdateAsync(int id, JsonBody<TherapistUpdate> body, TherapistCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } update)
        {
            return body.Problem();
        }

        var changed = await commands.UpdateProfileAsync(id, update.Version, update.Profile ?? new(), cancellationToken);

        // The profile's fields are nested in the body: "profile.lastName".
        return changed.IsSuccess
            ? TypedResults.NoContent()
            : ApiProblems.From([.. changed.Errors.Select(e => e.Kind == ErrorKind.Invalid ? e with { Field = e.Field is null ? "Profile" : $"Profile.{e.Field}" } : e)]);
    }

    private static Task<IResult> BlockAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistBlockInput>(http, required: true, input => commands.BlockAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> UnblockAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistStatusInput>(http, required: false, input => commands.UnblockAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> DeactivateAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistStatusInput>(http, required: true, input => commands.DeactivateAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> ReactivateAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistStatusInput>(http, required: false, input => commands.ReactivateAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> AcceptReviewAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistStatusInput>(http, required: false, input => commands.AcceptReviewAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> RejectReviewAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistStatusInput>(http, required: false, input => commands.RejectReviewAsync(id, input, http.User.ActorName(), http.RequestAborted));

    private static Task<IResult> AvailabilityAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistAvailabilityInput>(http, required: true, input => commands.ConfirmAvailabilityAsync(id, input, http.RequestAborted));

    private static Task<IResult> PhoneHoursAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistPhoneHoursInput>(http, required: true, input => commands.SetPhoneHoursAsync(id, input, http.RequestAborted));

    private static Task<IResult> PreferencesAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistPreferencesInput>(http, required: true, input => commands.SetPreferencesAsync(id, input, http.RequestAborted));

    private static Task<IResult> ContactRulesAsync(int id, HttpContext http, TherapistCommands commands) =>
        ChangeAsync<TherapistContactRulesInput>(http, required: true, input => commands.SetContactRulesAsync(id, input, http.RequestAborted));

    private static Task<IResult> CoolingAsync(int id, HttpContext http, CoolingCommands cooling) =>
        ChangeAsync<CoolingOverrideInput>(http, required: true, input => cooling.OverrideAsync(id, input, http.RequestAborted));

    /// <summary>Reads the body (a missing one is the default input where the body is optional), runs the use case, answers 204 or the problem.</summary>
    private static async Task<IResult> ChangeAsync<TInput>(HttpContext http, bool required, Func<TInput, Task<Result>> change)
        where TInput : class, new()
    {
        var body = await JsonBody<TInput>.BindAsync(http);
        if (body is null || (body.Value is null && (required || !body.IsReadable)))
        {
            return body?.Problem() ?? TypedResults.BadRequest();
        }

        var input = body.Value ?? new TInput();
        var result = await change(input);
        return result.IsSuccess ? TypedResults.NoContent() : ApiProblems.From(result);
    }

    private static IResult NotFound(int id) => ApiProblems.From(Result.Failure(TherapistErrors.NotFound(id)));
}
