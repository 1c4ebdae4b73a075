using Boona.Web.Components.Lists;
using Bunit;

namespace Boona.Tests.Web.Shared;

/// <summary>The list count reads as German: "1 Eintrag", not "1 Einträge" (issue 11 item 10).</summary>
public sealed class ListPagerTests : BoonaComponentContext
{
    [Theory]
    [InlineData(0, "0 Einträge")]
    [InlineData(1, "1 Eintrag")]
    [InlineData(2, "2 Einträge")]
    [InlineData(1234, "1.234 Einträge")]
    public void The_count_says_Eintrag_for_one_and_Eintraege_otherwise(int total, string expected) =>
        Assert.Equal(expected, Render<ListPager>(p => p.Add(l => l.Total, total)).Find("[data-testid=list-pager] .mud-typography").TextContent.Trim());
}
