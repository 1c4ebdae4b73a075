using Boona.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Boona.Web.Components.Pages.Admin.Jobs;

/// <summary>A job's title and description from JobsTexts (<c>Job_{name}</c>), falling back to its name.</summary>
internal static class JobTitles
{
    public static string Title(IStringLocalizer<JobsTexts> texts, string job) => Text(texts, $"Job_{job}") ?? job;

    public static string Description(IStringLocalizer<JobsTexts> texts, string job) => Text(texts, $"Job_{job}_Description") ?? string.Empty;

    private static string? Text(IStringLocalizer<JobsTexts> texts, string key) => texts[key] is { ResourceNotFound: false } text ? text.Value : null;
}
