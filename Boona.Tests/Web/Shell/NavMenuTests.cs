using Boona.Web.Components.Layout;
using Boona.Web.Security;
using Bunit;

namespace Boona.Tests.Web.Shell;

public sealed class NavMenuTests : BoonaComponentContext
{
    [Fact]
    public void Admins_see_the_administration_group()
    {
        AddAuthorization().SetAuthorized("chef@boona.de").SetRoles(BoonaRoles.Admin);

        var menu = Render<NavMenu>();

        Assert.Contains("Verwaltung", menu.Markup, StringComparison.Ordinal);
        Assert.NotNull(menu.Find("a[href='admin/users']"));
        Assert.NotNull(menu.Find("a[href='admin/jobs']"));
    }

    [Fact]
    public void Coordinators_see_the_daily_work_but_no_administration()
    {
        AddAuthorization().SetAuthorized("lena@boona.de").SetRoles(BoonaRoles.Coordinator);

        var menu = Render<NavMenu>();

        Assert.Equal(
            ["", "therapists", "patients", "searches", "inquiries", "calls"],
            menu.FindAll("a").Select(a => a.GetAttribute("href")));
        Assert.DoesNotContain("Verwaltung", menu.Markup, StringComparison.Ordinal);
    }
}
