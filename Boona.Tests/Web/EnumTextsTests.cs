using System.Text.RegularExpressions;
using System.Xml.Linq;
using Boona.Tests.Support;

namespace Boona.Tests.Web;

/// <summary>
/// Pages show enum values through keys like <c>T[$"EmailStatus_{mail.Status}"]</c>; a value added to the enum without
/// its text shows the raw key ("EmailStatus_Cancelled") to a coordinator. Every such key in the code names the enum it
/// spells out here, and every value of that enum has a German and an English text.
/// </summary>
public sealed partial class EnumTextsTests
{
    private static readonly Dictionary<(string Texts, string Prefix), string> EnumOfKey = new()
    {
        [("InquiryTexts", "ConfirmCreate")] = "ContactChannel",
        [("InquiryTexts", "AnswerType")] = "AnswerType",
        [("InquiryTexts", "Channel")] = "ContactChannel",
        [("InquiryTexts", "State")] = "InquiryListState",
        [("InquiryTexts", "Skip")] = "SkipReason",
        [("InquiryTexts", "Effect")] = "AnswerEffect",
        [("InquiryTexts", "CorrectionEffect")] = "CorrectionEffect",
        [("InquiryTexts", "Outcome")] = "InquiryOutcome",
        [("InquiryTexts", "SearchStatus")] = "SearchStatus",
        [("InquiryTexts", "CallPurpose")] = "PhoneCallPurpose",
        [("InquiryTexts", "CallStatus")] = "PhoneCallStatus",
        [("ApiKeyTexts", "Scope")] = "ApiKeyScope",
        [("ApiKeyTexts", "ScopeHint")] = "ApiKeyScope",
        [("JobsTexts", "Status")] = "JobRunStatus",
        [("JobsTexts", "Weekday")] = nameof(DayOfWeek),
        [("GeoTexts", "Problem")] = "PostalCodeFileProblem",
        [("GeoTexts", "LocationSource")] = "LocationSource",
        [("TherapistTexts", "Gender")] = "Gender",
        [("TherapistTexts", "Method")] = "TherapyMethod",
        [("TherapistTexts", "Salutation")] = "Salutation",
        [("TherapistTexts", "CallStatus")] = "PhoneCallStatus",
        [("TherapistTexts", "Channel")] = "ContactChannel",
        [("TherapistTexts", "Status")] = "TherapistStatus",
        [("TherapistTexts", "AnswerType")] = "AnswerType",
        [("TherapistTexts", "InquiryStatus")] = "InquiryStatus",
        [("PatientsTexts", "AccessKind")] = "PatientAccessKind",
        [("OutboxTexts", "Status")] = "EmailStatus",
        [("OutboxTexts", "Kind")] = "EmailKind",
        [("TemplatesTexts", "Kind")] = "TemplateKind",
    };

    [Fact]
    public void Every_enum_key_in_the_pages_names_its_enum()
    {
        var unknown = KeysInCode().Where(key => !EnumOfKey.ContainsKey(key)).Select(k => $"{k.Texts}: {k.Prefix}_").ToList();

        Assert.True(unknown.Count == 0, "Add these enum keys to EnumOfKey: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Every_value_of_a_displayed_enum_has_a_German_and_an_English_text()
    {
        var missing = new List<string>();
        foreach (var ((texts, prefix), enumName) in EnumOfKey)
        {
            foreach (var language in new[] { "", ".en" })
            {
                var file = Path.Combine(RepositoryRoot.Path, "Boona.Web", "Resources", $"{texts}{language}.resx");
                var entries = XDocument.Load(file).Root!.Elements("data")
                    .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "");
                missing.AddRange(Enum.GetNames(EnumType(enumName))
                    .Select(value => $"{prefix}_{value}")
                    .Where(key => !entries.TryGetValue(key, out var text) || string.IsNullOrWhiteSpace(text))
                    .Select(key => $"{texts}{language}.resx: {key}"));
            }
        }

        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    private static IEnumerable<(string Texts, string Prefix)> KeysInCode() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "Boona.Web"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(file =>
            {
                var code = File.ReadAllText(file);
                var texts = LocalizerOf().Match(code);
                return texts.Success
                    ? EnumKey().Matches(code).Select(m => (texts.Groups[1].Value, m.Groups[1].Value))
                    : [];
            })
            .Distinct();

    private static Type EnumType(string name) => name == nameof(DayOfWeek) ? typeof(DayOfWeek) :
        new[] { typeof(Boona.Domain.Common.Gender).Assembly, typeof(Boona.Infrastructure.Jobs.JobRun).Assembly, typeof(Program).Assembly }
            .SelectMany(a => a.GetTypes())
            .Single(t => t.IsEnum && t.Name == name);

    [GeneratedRegex(@"IStringLocalizer<(\w+)>")]
    private static partial Regex LocalizerOf();

    [GeneratedRegex(@"T\[\$""(\w+)_\{")]
    private static partial Regex EnumKey();
}
