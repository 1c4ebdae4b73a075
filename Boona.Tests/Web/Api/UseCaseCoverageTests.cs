using System.Text.RegularExpressions;
using Boona.Tests.Support;

namespace Boona.Tests.Web.Api;

/// <summary>
/// Everything the UI does, the API does: every use-case call a page makes (an injected <c>*Commands</c>, the settings
/// store, the exclusions) is made by an API endpoint too. A new use case on a page without an endpoint fails here.
/// </summary>
public sealed partial class UseCaseCoverageTests
{
    /// <summary>Use cases kept off the API on purpose, each with the reason.</summary>
    private static readonly Dictionary<string, string> PageOnly = new()
    {
        ["StaffUserCommands"] = "staff accounts and their passwords are managed by admins in person, never by a machine key",
        ["ApiKeyCommands"] = "a key that could create keys would outlive its own revocation",
        ["PostalCodeImportCommands"] = "the import takes an upload or a file from the import folder and runs as a job (jobs API)",
    };

    [Fact]
    public void Every_use_case_a_page_calls_has_an_endpoint_that_calls_it()
    {
        var pageCalls = CallsIn(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "Boona.Web", "Components"), "*.razor", SearchOption.AllDirectories), InjectedByPage());
        var apiCalls = CallsIn(Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "Boona.Web", "Api"), "*.cs"), InjectedIntoHandler());

        var missing = pageCalls.Where(c => !PageOnly.ContainsKey(c.Type) && !apiCalls.Contains(c)).Select(c => $"{c.Type}.{c.Method}").Order().ToList();

        Assert.True(pageCalls.Count >= 20, $"Only {pageCalls.Count} use-case calls found on the pages: the scan is broken.");
        Assert.True(missing.Count == 0, "Called by a page but by no API endpoint: " + string.Join(", ", missing));
    }

    private static HashSet<(string Type, string Method)> CallsIn(IEnumerable<string> files, Regex injection)
    {
        var calls = new HashSet<(string, string)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            foreach (Match inject in injection.Matches(text))
            {
                var (type, variable) = (inject.Groups["type"].Value, inject.Groups["name"].Value);
                foreach (Match call in new Regex($@"\b{Regex.Escape(variable)}\s*\.\s*(?<method>\w+Async)\s*\(").Matches(text))
                {
                    // Reads (GetAsync, ListAsync, FindAsync) are queries the API answers from its own DTOs; changes are the use cases.
                    if (!Regex.IsMatch(call.Groups["method"].Value, "^(Get|List|Find|Search|Load)"))
                    {
                        calls.Add((type, call.Groups["method"].Value));
                    }
                }
            }
        }

        return calls;
    }

    [GeneratedRegex(@"@inject\s+(?<type>\w*(?:Commands|SettingsStore|Exclusions))\s+(?<name>\w+)")]
    private static partial Regex InjectedByPage();

    [GeneratedRegex(@"\b(?<type>\w*(?:Commands|SettingsStore|Exclusions))\s+(?<name>\w+)\s*[,)]")]
    private static partial Regex InjectedIntoHandler();
}
