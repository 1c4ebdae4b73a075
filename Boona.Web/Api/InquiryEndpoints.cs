using Boona.Domain.Common;
using Boona.Infrastructure.Inquiries;
using Boona.Infrastructure.Patients;
using Boona.Web.Security;

namespace Boona.Web.Api;

/// <summary>Create inquiries, record answers and read them, through the inquiry pages' own use cases.</summary>
internal static class InquiryEndpoints
{
    public static void MapInquiries(this RouteGroupBuilder api)
    {
        var inquiries = api.MapGroup("/inquiries").WithTags("Inquiries");
        inquiries.MapGet("/", ListAsync).WithSummary("Inquiries by state (unsent, awaitingAnswer, overdue, answered, cancelled), paged (page is zero-based).")
            .Produces<PageDto<InquiryRow>>().ProducesValidationProblem();
        inquiries.MapGet("/{id:int}", GetAsync).WithSummary("One inquiry with each patient's answer.")
            .Produces<InquiryDto>().ProducesProblem(StatusCodes.Status404NotFound);
        inquiries.MapPost("/", CreateAsync).Accepts<InquiryCreate>("application/json").WithSummary("Creates the inquiry and queues its e-mail, or plans a call without one.")
            .Produces<CreatedDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        inquiries.MapPost("/{id:int}/answers", AnswerAsync).Accepts<InquiryAnswer>("application/json").WithSummary("Records the answer for one patient, with every effect.")
            .Produces<AnswerRecordedDto>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        inquiries.MapPost("/{id:int}/answers/corrections", CorrectAsync).Accepts<AnswerCorrectionInput>("application/json")
            .WithSummary("Corrects a recorded answer with a reason that is kept; the old answer's effects are undone where nothing built on them (409 otherwise).")
            .Produces<AnswerCorrected>().ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> ListAsync(string? state, int? therapistId, int? page, int? pageSize, InquiryQueries queries, CancellationToken cancellationToken)
    {
        var query = new ApiQuery(page, pageSize);
        var parsedState = query.Enum<InquiryListState>(state, "state");
        if (!query.IsValid)
        {
            return query.Problem();
        }

        var list = await queries.ListAsync(new InquiryListQuery(parsedState, therapistId, query.Page, query.PageSize), cancellationToken);
        return TypedResults.Ok(new PageDto<InquiryRow>(list.Items, list.Total));
    }

    private static async Task<IResult> GetAsync(int id, HttpContext http, InquiryQueries queries, PatientAccessLog accessLog, CancellationToken cancellationToken)
    {
        if (await queries.GetAsync(id, cancellationToken) is not { } detail)
        {
            return ApiProblems.NotFound($"There is no inquiry {id}.");
        }

        await accessLog.LogAsync(http, [.. detail.Patients.Select(p => p.PatientId)], PatientAccessKind.Inquiry);
        return TypedResults.Ok(InquiryDto.From(detail));
    }

    private static async Task<IResult> CreateAsync(JsonBody<InquiryCreate> body, HttpContext http, InquiryCommands commands, CancellationToken cancellationToken)
    {
        if (body.Value is not { } create)
        {
            return body.Problem();
        }

        var created = await commands.CreateAsync(new NewInquiry(create.TherapistId, create.SearchIds, create.AfterConflict, http.User.ActorName()), cancellationToken);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/inquiries/{created.Value}", new CreatedDto(created.Value)) : ApiProblems.From(created);
    }

    private static async Task<IResult> AnswerAsync(int id, JsonBody<InquiryAnswer> body, AnswerCommands answers, CancellationToken cancellationToken)
    {
        if (body.Value is not { } answer)
        {
            return body.Problem();
        }

        if (answer.Outcome is not { } outcome)
        {
            // A body without the answer is malformed, whatever the inquiry: said before looking the inquiry up.
            return ApiProblems.From([Error.Invalid("inquiry.outcome.required", "Name the therapist's answer (outcome).", nameof(InquiryAnswer.Outcome))]);
        }

        var recorded = await answers.RecordAsync(new AnswerInput(id, answer.SearchId, outcome, answer.Reason, answer.ExcludeTherapist, answer.AnsweredOn), cancellationToken);
        return recorded.IsSuccess ? TypedResults.Ok(new AnswerRecordedDto(recorded.Value)) : ApiProblems.From(recorded);
    }

    private static async Task<IResult> CorrectAsync(int id, JsonBody<AnswerCorrectionInput> body, HttpContext http, AnswerCommands answers, CancellationToken cancellationToken)
    {
        if (body.Value is not { } correction)
        {
            return body.Problem();
        }

        var corrected = await answers.CorrectAsync(id, correction, http.User.ActorName(), cancellationToken);
        return corrected.IsSuccess ? TypedResults.Ok(corrected.Value) : ApiProblems.From(corrected);
    }
}
