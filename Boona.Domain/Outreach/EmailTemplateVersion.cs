using Boona.Domain.Common;

namespace Boona.Domain.Outreach;

/// <summary>What a template is for: one per kind of e-mail, plus the legal footer that every e-mail carries.</summary>
public enum TemplateKind
{
    Inquiry,
    Reminder,
    WithdrawalNotice,
    ConflictThankYou,
    PatientRegistration,
    PatientSearchStarted,
    PatientPlaceFound,
    PatientProgress,

    /// <summary>Sender, address and Impressum link, appended to every e-mail: one setting for all templates.</summary>
    LegalFooter,
}

/// <summary>
/// One saved state of a template: subject, plain text and HTML. Versions are only ever added: the newest per kind is
/// the template in use, and restoring an old one adds a copy of it, so every change stays visible with who made it and when.
/// </summary>
public sealed class EmailTemplateVersion : Entity
{
    public const int SubjectMaxLength = 300;

    public const int BodyMaxLength = 20_000;

    public const int SavedByMaxLength = 256;

    private EmailTemplateVersion()
    {
        Subject = string.Empty;
        TextBody = string.Empty;
        HtmlBody = string.Empty;
        SavedBy = string.Empty;
    }

    public TemplateKind Kind { get; private set; }

    /// <summary>1, 2, 3 … per kind; unique with the kind, so two saves at the same moment cannot both become version n.</summary>
    public int Number { get; private set; }

    /// <summary>Empty for the legal footer, which has no subject of its own.</summary>
    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    public string SavedBy { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    /// <summary>The version this one restored (0 = the shipped default), or null for an edit.</summary>
    public int? RestoredFrom { get; private set; }

    /// <summary>Checks lengths and control characters; the Liquid itself is judged by the template engine before this.</summary>
    public static Result<EmailTemplateVersion> Create(
        TemplateKind kind, int number, EmailTemplateText text, string savedBy, DateTimeOffset at, int? restoredFrom = null)
    {
        if (!Enum.IsDefined(kind))
        {
            return Result<EmailTemplateVersion>.Failure(Error.Invalid("template.kind", $"Unknown template kind {(int)kind}.", "Kind"));
        }

        if (number < 1)
        {
            throw new DomainException("template.number", "Template versions are numbered from 1.");
        }

        var errors = (kind == TemplateKind.LegalFooter ? Enumerable.Empty<Error>() : Text.Check(text.Subject, nameof(text.Subject), SubjectMaxLength, required: true))
            .Concat(Text.Check(text.TextBody, nameof(text.TextBody), BodyMaxLength, required: true, multiLine: true))
            .Concat(Text.Check(text.HtmlBody, nameof(text.HtmlBody), BodyMaxLength, required: true, multiLine: true))
            .ToList();
        if (errors.Count > 0)
        {
            return Result<EmailTemplateVersion>.Failure(errors);
        }

        return Result.Success(new EmailTemplateVersion
        {
            Kind = kind,
            Number = number,
            Subject = kind == TemplateKind.LegalFooter ? string.Empty : text.Subject!.Trim(),
            TextBody = Lines(text.TextBody!),
            HtmlBody = Lines(text.HtmlBody!),
            SavedBy = savedBy.Length > SavedByMaxLength ? savedBy[..SavedByMaxLength] : savedBy,
            SavedAt = at.ToUniversalTime(),
            RestoredFrom = restoredFrom,
        });
    }

    public EmailTemplateText Content => new(Subject, TextBody, HtmlBody);

    private static string Lines(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);
}

/// <summary>The three texts of a template as written: subject, plain text and HTML (Liquid).</summary>
public sealed record EmailTemplateText(string? Subject, string? TextBody, string? HtmlBody);
