using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.RegularExpressions;
using Boona.Domain.Common;
using Boona.Domain.Outreach;
using Fluid;
using Fluid.Ast;

namespace Boona.Infrastructure.Outreach.Templates;

/// <summary>
/// Liquid through Fluid: templates can only read the model they are given (no code, no file or network access, a
/// bounded number of steps). Saving checks the syntax and every placeholder against <see cref="TemplateVocabulary"/>;
/// rendering is strict, so a template that slipped past the check (written to the database by hand) fails loudly
/// instead of leaving gaps. HTML templates encode every value; plain-text ones do not.
/// </summary>
internal static partial class TemplateEngine
{
    private static readonly FluidParser Parser = new();

    private static readonly TemplateOptions Options = new()
    {
        StrictVariables = true,
        StrictFilters = true,
        MaxSteps = 100_000,
        MaxRecursion = 20,
        CultureInfo = System.Globalization.CultureInfo.GetCultureInfo("de-DE"),
    };

    private static readonly ConcurrentDictionary<string, IFluidTemplate> Parsed = new(StringComparer.Ordinal);

    /// <summary>All problems of one text of a template (subject or body), each naming the line and the name at fault.</summary>
    public static IEnumerable<TemplateProblem> Check(TemplateKind kind, string? source, string field)
    {
        if (string.IsNullOrEmpty(source))
        {
            yield break;
        }

        if (!Parser.TryParse(source, out var template, out var error))
        {
            var line = LinePattern().Match(error) is { Success: true } m ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            yield return new TemplateProblem(TemplateProblem.Syntax, field, line, Text.Excerpt(FirstLine(error)));
            yield break;
        }

        var names = new NameCollector();
        names.VisitTemplate(template);
        var known = TemplateVocabulary.Names(kind);
        var members = TemplateVocabulary.Members(kind);
        var unknown = names.Roots.Where(n => !known.Contains(n) && !names.Locals.Contains(n))
            .Concat(names.Members.Where(n => !members.Contains(n)))
            .Distinct(StringComparer.Ordinal);
        foreach (var name in unknown)
        {
            yield return new TemplateProblem(TemplateProblem.UnknownPlaceholder, field, LineOf(source, name), Text.Excerpt(name));
        }
    }

    /// <summary>Renders a template; throws <see cref="TemplateRenderException"/> with the reason when it cannot.</summary>
    public static string Render(TemplateKind kind, string source, IReadOnlyDictionary<string, object?> model, bool html)
    {
        try
        {
            var template = Parsed.GetOrAdd(source, s => Parser.TryParse(s, out var t, out var error) ? t : throw new TemplateRenderException(kind, FirstLine(error)));
            var context = new TemplateContext(Options);
            foreach (var (name, value) in model)
            {
                context.SetValue(name, value);
            }

            return template.Render(context, html ? HtmlEncoder.Default : NullEncoder.Default);
        }
        catch (TemplateRenderException)
        {
            throw;
        }
        catch (Exception e) when (e is FluidException or InvalidOperationException or ArgumentException or FormatException or DivideByZeroException or OverflowException)
        {
            throw new TemplateRenderException(kind, e.Message);
        }
    }

    private static string FirstLine(string text) => text.Split('\n')[0].Trim();

    /// <summary>The first line on which <paramref name="name"/> stands as a word inside a Liquid tag or output.</summary>
    private static int LineOf(string source, string name)
    {
        var pattern = new Regex($@"\{{[{{%][^}}]*(?<![\w.]){Regex.Escape(name)}(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (pattern.IsMatch(lines[i]))
            {
                return i + 1;
            }
        }

        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains(name, StringComparison.Ordinal))
            {
                return i + 1;
            }
        }

        return 1;
    }

    [GeneratedRegex(@"\((\d+):\d+\)")]
    private static partial Regex LinePattern();

    /// <summary>The names a template reads: the first segment of every member expression, the later ones, and its own loop and assigned names.</summary>
    private sealed class NameCollector : AstVisitor
    {
        public List<string> Roots { get; } = [];

        public List<string> Members { get; } = [];

        public HashSet<string> Locals { get; } = new(StringComparer.Ordinal) { "forloop" };

        protected override Expression VisitMemberExpression(MemberExpression memberExpression)
        {
            var identifiers = memberExpression.Segments.OfType<IdentifierSegment>().Select(s => s.Identifier).ToList();
            if (identifiers.Count > 0 && memberExpression.Segments[0] is IdentifierSegment)
            {
                Roots.Add(identifiers[0]);
                if (identifiers[0] != "forloop")
                {
                    Members.AddRange(identifiers.Skip(1).Where(m => m is not ("size" or "first" or "last")));
                }
            }

            return base.VisitMemberExpression(memberExpression);
        }

        protected override Statement VisitForStatement(ForStatement forStatement)
        {
            Locals.Add(forStatement.Identifier);
            return base.VisitForStatement(forStatement);
        }

        protected override Statement VisitAssignStatement(AssignStatement assignStatement)
        {
            Locals.Add(assignStatement.Identifier);
            return base.VisitAssignStatement(assignStatement);
        }

        protected override Statement VisitCaptureStatement(CaptureStatement captureStatement)
        {
            Locals.Add(captureStatement.Identifier);
            return base.VisitCaptureStatement(captureStatement);
        }
    }
}

/// <summary>What is wrong with a template text: the field (Subject, TextBody, HtmlBody), the line and the name at fault.</summary>
public sealed record TemplateProblem(string Code, string Field, int Line, string Name)
{
    public const string Syntax = "template.syntax";

    public const string UnknownPlaceholder = "template.placeholder";

    public Error ToError() => Code == Syntax
        ? Error.Invalid("template.syntax", $"Line {Line}: the Liquid syntax is broken ({Name}).", Field)
        : Error.Invalid("template.placeholder", $"Line {Line}: unknown placeholder '{Name}'.", Field);
}

/// <summary>A template that cannot be rendered; the message names the template and the reason.</summary>
public sealed class TemplateRenderException(TemplateKind kind, string reason)
    : Exception($"Die Vorlage „{kind}“ konnte nicht erstellt werden: {reason}")
{
    public TemplateKind Kind { get; } = kind;

    public string Reason { get; } = reason;

    /// <summary>The refusal of the action that wanted to queue the e-mail: nothing of it is saved.</summary>
    public Error ToError() => Error.Conflict("template.render", Message, "Template");
}
