using Boona.Domain.Outreach;
using Boona.Infrastructure.Outreach.Templates;
using Boona.Web.Security;

namespace Boona.Web.Api;

/// <summary>The e-mail templates as the admin page edits them: versions, preview on sample data, save, restore (admin).</summary>
internal static class TemplateEndpoints
{
    public static void MapTemplates(this RouteGroupBuilder api)
    {
        var templates = api.MapGroup("/templates").WithTags("Templates").RequireAuthorization(ApiAccess.RequireAdmin);
        templates.MapGet("/{kind}/versions", VersionsAsync)
            .WithSummary("Every saved version of a template, newest first, and the shipped text as version 0; the one in use is marked (admin).")
            .Produces<IReadOnlyList<EmailTemplateVersionRow>>().ProducesValidationProblem();
        templates.MapPost("/{kind}/preview", PreviewAsync).Accepts<TemplateDraftDto>("application/json")
            .WithSummary("Renders a draft on sample data with the legal footer, or lists its problems with field, line and name (admin key).")
            .Produces<TemplatePreview>().ProducesValidationProblem();
        templates.MapPost("/{kind}", SaveAsync).Accepts<TemplateDraftDto>("application/json")
            .WithSummary("Saves a draft as the new version in use; broken Liquid and unknown placeholders are refused with line and name (admin key).")
            .Produces<TemplateVersionDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        templates.MapPost("/{kind}/versions/{number:int}/restore", RestoreAsync)
            .WithSummary("Makes an earlier version (0 = the shipped text) the one in use again, as a new version (admin key).")
            .Produces<TemplateVersionDto>(StatusCodes.Status201Created).ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> VersionsAsync(string kind, EmailTemplateCommands commands, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        return query.Enum<TemplateKind>(kind, "kind") is { } parsed && query.IsValid
            ? TypedResults.Ok(await commands.HistoryAsync(parsed, cancellationToken))
            : query.Problem();
    }

    private static async Task<IResult> PreviewAsync(string kind, JsonBody<TemplateDraftDto> body, EmailTemplateCommands commands, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        if (query.Enum<TemplateKind>(kind, "kind") is not { } parsed || !query.IsValid)
        {
            return query.Problem();
        }

        return body.Value is not { } draft ? body.Problem() : TypedResults.Ok(await commands.PreviewAsync(parsed, draft.Text, draft.Plural, cancellationToken));
    }

    private static async Task<IResult> SaveAsync(string kind, JsonBody<TemplateDraftDto> body, HttpContext http, EmailTemplateCommands commands, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        if (query.Enum<TemplateKind>(kind, "kind") is not { } parsed || !query.IsValid)
        {
            return query.Problem();
        }

        if (body.Value is not { } draft)
        {
            return body.Problem();
        }

        var saved = await commands.SaveAsync(parsed, draft.Text, http.User.ActorName(), cancellationToken);
        return saved.IsSuccess ? TypedResults.Created($"/api/v1/templates/{parsed}/versions", new TemplateVersionDto(parsed, saved.Value)) : ApiProblems.From(saved);
    }

    private static async Task<IResult> RestoreAsync(string kind, int number, HttpContext http, EmailTemplateCommands commands, CancellationToken cancellationToken)
    {
        var query = new ApiQuery();
        if (query.Enum<TemplateKind>(kind, "kind") is not { } parsed || !query.IsValid)
        {
            return query.Problem();
        }

        var restored = await commands.RestoreAsync(parsed, number, http.User.ActorName(), cancellationToken);
        return restored.IsSuccess ? TypedResults.Created($"/api/v1/templates/{parsed}/versions", new TemplateVersionDto(parsed, restored.Value)) : ApiProblems.From(restored);
    }
}

/// <summary>A template draft: subject (empty for the legal footer), plain text and HTML in Liquid; <c>plural</c> previews two patients.</summary>
public sealed record TemplateDraftDto(string? Subject, string? TextBody, string? HtmlBody, bool Plural = false)
{
    public EmailTemplateText Text => new(Subject, TextBody, HtmlBody);
}

/// <summary>The version a save or restore created.</summary>
public sealed record TemplateVersionDto(TemplateKind Kind, int Number);
