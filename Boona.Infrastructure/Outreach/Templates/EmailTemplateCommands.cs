using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>One saved version as the templates page lists it; number 0 is the shipped default.</summary>
public sealed record EmailTemplateVersionRow(int Number, string SavedBy, DateTimeOffset? SavedAt, int? RestoredFrom, EmailTemplateText Text, bool InUse);

/// <summary>A draft rendered on sample data, or the problems that keep it from being saved.</summary>
public sealed record TemplatePreview(RenderedEmail? Email, IReadOnlyList<TemplateProblem> Problems, string? RenderFailure);

/// <summary>
/// Admins edit the templates: every save is a new version (who, when), restoring an old one (or the shipped default)
/// adds a copy of it, and a text with broken Liquid, an unknown placeholder or that cannot render the sample data is
/// refused, naming the line and the placeholder.
/// </summary>
public sealed class EmailTemplateCommands(IDbContextFactory<BoonaDbContext> contextFactory, TimeProvider clock)
{
    /// <summary>The placeholders a kind may use; members of the patient list are written <c>p.name</c> inside its loop.</summary>
    public static IReadOnlyList<string> Placeholders(TemplateKind kind) =>
        [.. TemplateVocabulary.Names(kind), .. TemplateVocabulary.Members(kind).Select(m => $"p.{m}")];

    public async Task<IReadOnlyList<EmailTemplateVersionRow>> HistoryAsync(TemplateKind kind, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var saved = await context.EmailTemplateVersions.AsNoTracking().Where(v => v.Kind == kind).OrderByDescending(v => v.Number).ToListAsync(cancellationToken);
        var rows = saved.Select((v, i) => new EmailTemplateVersionRow(v.Number, v.SavedBy, v.SavedAt, v.RestoredFrom, v.Content, InUse: i == 0)).ToList();
        rows.Add(new EmailTemplateVersionRow(0, string.Empty, null, null, TemplateDefaults.For(kind), InUse: saved.Count == 0));
        return rows;
    }

    /// <summary>Renders a draft of <paramref name="kind"/> on sample data with the footer in use (or the draft footer).</summary>
    public async Task<TemplatePreview> PreviewAsync(TemplateKind kind, EmailTemplateText draft, bool plural, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var templates = await EmailTemplates.LoadAsync(context, cancellationToken);
        return Preview(templates, kind, draft, plural);
    }

    public async Task<Result<int>> SaveAsync(TemplateKind kind, EmailTemplateText draft, string savedBy, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        var templates = await EmailTemplates.LoadAsync(context, cancellationToken);
        var refusal = Judge(templates, kind, draft);
        return refusal.Count > 0 ? Result<int>.Failure(refusal) : await AddAsync(context, kind, draft, savedBy, null, cancellationToken);
    }

    /// <summary>Makes version <paramref name="number"/> (0 = the shipped default) the one in use again, as a new version.</summary>
    public async Task<Result<int>> RestoreAsync(TemplateKind kind, int number, string savedBy, CancellationToken cancellationToken)
    {
        await using var context = await contextFactory.CreateDbContextAsync(cancellationToken);
        EmailTemplateText? text = number == 0
            ? TemplateDefaults.For(kind)
            : (await context.EmailTemplateVersions.AsNoTracking().SingleOrDefaultAsync(v => v.Kind == kind && v.Number == number, cancellationToken))?.Content;
        if (text is null)
        {
            return Result<int>.Failure(Error.NotFound("template.version-not-found", $"Template {kind} has no version {number}.", "Number"));
        }

        return await AddAsync(context, kind, text, savedBy, number, cancellationToken);
    }

    internal static TemplatePreview Preview(EmailTemplates templates, TemplateKind kind, EmailTemplateText draft, bool plural)
    {
        var problems = Problems(kind, draft);
        if (problems.Count > 0)
        {
            return new TemplatePreview(null, problems, null);
        }

        try
        {
            var rendered = templates.With(kind, draft).Render(kind == TemplateKind.LegalFooter ? TemplateKind.ConflictThankYou : kind, TemplateSamples.For(kind == TemplateKind.LegalFooter ? TemplateKind.ConflictThankYou : kind, plural));
            return new TemplatePreview(rendered, [], null);
        }
        catch (TemplateRenderException e)
        {
            return new TemplatePreview(null, [], e.Reason);
        }
    }

    private static List<TemplateProblem> Problems(TemplateKind kind, EmailTemplateText draft) =>
        [.. TemplateEngine.Check(kind, draft.Subject, nameof(draft.Subject)), .. TemplateEngine.Check(kind, draft.TextBody, nameof(draft.TextBody)), .. TemplateEngine.Check(kind, draft.HtmlBody, nameof(draft.HtmlBody))];

    /// <summary>The engine's refusal: broken Liquid or unknown placeholders, else a failure to render the samples in either number.</summary>
    private static List<Error> Judge(EmailTemplates templates, TemplateKind kind, EmailTemplateText draft)
    {
        var problems = Problems(kind, draft);
        if (problems.Count > 0)
        {
            return [.. problems.Select(p => p.ToError())];
        }

        foreach (var plural in new[] { false, true })
        {
            if (Preview(templates, kind, draft, plural).RenderFailure is { } failure)
            {
                return [Error.Invalid("template.render", $"The template cannot be rendered with the sample data: {Text.Excerpt(failure)}", nameof(draft.TextBody))];
            }
        }

        return [];
    }

    private async Task<Result<int>> AddAsync(BoonaDbContext context, TemplateKind kind, EmailTemplateText text, string savedBy, int? restoredFrom, CancellationToken cancellationToken)
    {
        var number = (await context.EmailTemplateVersions.Where(v => v.Kind == kind).MaxAsync(v => (int?)v.Number, cancellationToken) ?? 0) + 1;
        var created = EmailTemplateVersion.Create(kind, number, text, savedBy, clock.GetUtcNow(), restoredFrom);
        if (!created.IsSuccess)
        {
            return Result<int>.Failure(created.Errors);
        }

        context.EmailTemplateVersions.Add(created.Value);
        try
        {
            await context.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique (kind, number) index: someone else saved this kind at the same moment.
            return Result<int>.Failure(Error.Concurrency());
        }

        return Result.Success(number);
    }
}
