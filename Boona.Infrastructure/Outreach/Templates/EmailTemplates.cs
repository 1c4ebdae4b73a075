using System.Text.RegularExpressions;
using Boona.Domain.Outreach;
using Boona.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>
/// The templates in use (the newest saved version per kind, else the shipped default), rendered with the legal footer.
/// Rendering happens when a message is queued: the outbox keeps the text as it leaves, the pages show it before it is
/// sent, and a template that cannot be rendered refuses the action that queues it (nothing is saved).
/// </summary>
public sealed partial class EmailTemplates
{
    private readonly IReadOnlyDictionary<TemplateKind, EmailTemplateText> _current;

    private EmailTemplates(IReadOnlyDictionary<TemplateKind, EmailTemplateText> current)
    {
        _current = current;
    }

    /// <summary>Only the shipped texts (benchmarks, and before anything was saved).</summary>
    public static EmailTemplates Defaults { get; } = new(new Dictionary<TemplateKind, EmailTemplateText>());

    public static async Task<EmailTemplates> LoadAsync(BoonaDbContext context, CancellationToken cancellationToken)
    {
        var newest = await context.EmailTemplateVersions.AsNoTracking()
            .Where(v => v.Number == context.EmailTemplateVersions.Where(o => o.Kind == v.Kind).Max(o => o.Number))
            .ToListAsync(cancellationToken);
        return new EmailTemplates(newest.ToDictionary(v => v.Kind, v => v.Content));
    }

    /// <summary>These templates with <paramref name="kind"/> replaced by a draft (the live preview).</summary>
    internal EmailTemplates With(TemplateKind kind, EmailTemplateText text) =>
        new(new Dictionary<TemplateKind, EmailTemplateText>(_current) { [kind] = text });

    public EmailTemplateText Source(TemplateKind kind) =>
        _current.TryGetValue(kind, out var saved) ? saved : TemplateDefaults.For(kind);

    /// <summary>Subject, plain text and HTML with the footer; throws <see cref="TemplateRenderException"/> when the template cannot be rendered.</summary>
    public RenderedEmail Render(TemplateKind kind, IReadOnlyDictionary<string, object?> model)
    {
        var source = Source(kind);
        var footer = Source(TemplateKind.LegalFooter);
        var footerText = Tidy(TemplateEngine.Render(TemplateKind.LegalFooter, footer.TextBody ?? string.Empty, model, html: false));
        var footerHtml = TemplateEngine.Render(TemplateKind.LegalFooter, footer.HtmlBody ?? string.Empty, model, html: true).Trim();
        if (kind == TemplateKind.LegalFooter)
        {
            return new RenderedEmail(string.Empty, footerText, Document(footerHtml, string.Empty));
        }

        var subject = Whitespace().Replace(TemplateEngine.Render(kind, source.Subject ?? string.Empty, model, html: false), " ").Trim();
        var text = Tidy(TemplateEngine.Render(kind, source.TextBody ?? string.Empty, model, html: false));
        var html = TemplateEngine.Render(kind, source.HtmlBody ?? string.Empty, model, html: true).Trim();
        if (subject.Length == 0 || text.Length == 0)
        {
            throw new TemplateRenderException(kind, "subject or text is empty");
        }

        return new RenderedEmail(
            subject.Length > EmailTemplateVersion.SubjectMaxLength ? subject[..EmailTemplateVersion.SubjectMaxLength] : subject,
            footerText.Length == 0 ? text : $"{text}\n-- \n{footerText}",
            Document(html, footerHtml));
    }

    /// <summary>The outbox draft for <paramref name="header"/> with the rendered texts.</summary>
    public EmailDraft Draft(TemplateKind kind, EmailDraft header, IReadOnlyDictionary<string, object?> model)
    {
        var rendered = Render(kind, model);
        return header with { Subject = rendered.Subject, TextBody = rendered.Text, HtmlBody = rendered.Html };
    }

    /// <summary>Trailing blanks off every line, at most one empty line in a row, one final line break.</summary>
    private static string Tidy(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd());
        return BlankLines().Replace(string.Join('\n', lines), "\n\n").Trim('\n') + "\n";
    }

    private static string Document(string body, string footer) =>
        $"""
         <!DOCTYPE html>
         <html lang="de"><head><meta charset="utf-8"><title>Boona</title></head>
         <body style="font-family: sans-serif; line-height: 1.4">
         {body}
         {(footer.Length == 0 ? string.Empty : $"<hr><div style=\"font-size: small; color: #555\">{footer}</div>")}
         </body></html>
         """;

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

/// <summary>One e-mail as it leaves: subject, plain text and a full HTML document.</summary>
public sealed record RenderedEmail(string Subject, string Text, string Html);
