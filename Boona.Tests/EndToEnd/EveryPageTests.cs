using Boona.Domain.Inquiries;
using Boona.Infrastructure.Persistence;
using Boona.Tests.Support;
using Boona.Web.Security;
using Deque.AxeCore.Playwright;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Boona.Tests.EndToEnd;

/// <summary>
/// Every page of the app, opened by an admin in Chromium on the demo data, comes up live without the error bar and
/// without a script error, and every patient it names is in the access log. The pages are enumerated from the app,
/// so a new page is opened here without touching this test.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class EveryPageTests
{
    [Fact]
    public async Task Every_staff_page_opens_on_the_demo_data_without_an_error()
    {
        await using var session = await BrowserSession.StartAsync();
        var page = session.Page;
        var scriptErrors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                scriptErrors.Add($"{page.Url}: {message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => scriptErrors.Add($"{page.Url}: {error}");
        var ids = await DemoIdsAsync(session);
        var shown = await ShownPatients.LoadAsync(session);
        await page.SignInAsAdminAsync();

        var opened = new List<string>();
        var pagesNamingPatients = 0;
        var notLogged = new List<string>();
        var inaccessible = new List<string>();
        foreach (var (template, interactive) in StaffPages())
        {
            var url = Fill(template, ids);
            var openedAt = DateTimeOffset.UtcNow.AddSeconds(-1);
            if (interactive)
            {
                await page.OpenAsync(url);
            }
            else
            {
                await page.GotoAsync(url);
            }

            await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            await Assertions.Expect(page.Locator("[data-testid=not-found], [data-testid$=-not-found]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator("h4, h5").First).ToBeVisibleAsync();
            await page.ScreenshotAsync("all-" + ScreenshotName(template));
            opened.Add(url);
            inaccessible.AddRange(await AccessibilityProblemsAsync(page, url));

            var named = shown.In(await page.InnerTextAsync("body"));
            pagesNamingPatients += named.Count > 0 ? 1 : 0;
            notLogged.AddRange((await shown.NotLoggedAsync(named, DemoAccounts.Admin.Email, openedAt)).Select(id => $"{url}: patient {id} ({shown.NameOf(id)})"));
        }

        Assert.True(scriptErrors.Count == 0, string.Join(Environment.NewLine, scriptErrors));
        Assert.True(inaccessible.Count == 0, "Serious or critical accessibility problems (axe):" + Environment.NewLine + string.Join(Environment.NewLine, inaccessible));
        Assert.True(notLogged.Count == 0, "Shown without an access-log entry: " + string.Join(", ", notLogged));
        Assert.True(pagesNamingPatients >= 5, $"Only {pagesNamingPatients} pages named a patient: the name check is broken.");
        Assert.True(opened.Count >= 20, $"Only {opened.Count} pages were opened: the enumeration is broken.");
    }

    /// <summary>The axe rules a page breaks with serious or critical impact, each with the first elements it names.</summary>
    private static async Task<IEnumerable<string>> AccessibilityProblemsAsync(IPage page, string url)
    {
        var results = await page.RunAxe();
        return results.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{url}: {v.Id} ({v.Impact}) {v.Help}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }

    /// <summary>
    /// Every routable page except the public ones (sign-in, errors) that a signed-in admin does not use; static pages
    /// (excluded from interactive routing) have no circuit to wait for.
    /// </summary>
    private static IEnumerable<(string Template, bool Interactive)> StaffPages() => AppPages.All.Where(p => !PublicRoutes.IsPublic(p.Template));

    private static string ScreenshotName(string template) =>
        template == "/" ? "start" : template.Trim('/').Replace("{Id:int}", "id", StringComparison.Ordinal).Replace('/', '-');

    private static string Fill(string template, IReadOnlyDictionary<string, int> ids)
    {
        if (!template.Contains("{Id:int}", StringComparison.Ordinal))
        {
            return template;
        }

        var section = template.Split('/', StringSplitOptions.RemoveEmptyEntries)[0];
        return template.Replace("{Id:int}", ids[section].ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    /// <summary>Records with the most to show: an answered inquiry, its therapist, one of its patients and that patient's search.</summary>
    private static async Task<IReadOnlyDictionary<string, int>> DemoIdsAsync(BrowserSession session)
    {
        var factory = session.App.Services.GetRequiredService<IDbContextFactory<BoonaDbContext>>();
        await using var context = await factory.CreateDbContextAsync(TestContext.Current.CancellationToken);
        var inquiry = await context.Inquiries.AsNoTracking().Include(i => i.Patients)
            .Where(i => i.AnswerType == AnswerType.PartialAcceptance).OrderBy(i => i.Id).FirstAsync(TestContext.Current.CancellationToken);
        var entry = inquiry.Patients.OrderBy(p => p.Position).First();
        return new Dictionary<string, int>
        {
            ["inquiries"] = inquiry.Id,
            ["therapists"] = inquiry.TherapistId,
            ["patients"] = entry.PatientId,
            ["searches"] = entry.SearchId,
        };
    }
}
