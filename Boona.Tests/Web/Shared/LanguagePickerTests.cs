using System.Globalization;
using Boona.Web.Components.Shared;
using Bunit;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace Boona.Tests.Web.Shared;

/// <summary>The language picker: a search box over the one list, the picked languages as chips named in the UI's language.</summary>
public sealed class LanguagePickerTests : BoonaComponentContext
{
    private IReadOnlyCollection<string> _value = [];
    private IRenderedComponent<MudPopoverProvider> _popovers = default!;

    [Fact]
    public void The_picked_codes_show_as_German_names_each_with_a_named_remove_button()
    {
        var picker = RenderPicker(["tr", "en"]);

        Assert.Equal(["Englisch", "Türkisch"], picker.FindAll("[data-testid=language-chips] .mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Equal("Englisch entfernen", picker.Find("[data-testid=remove-language-en]").GetAttribute("aria-label"));
        Assert.DoesNotContain(">en<", picker.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_English_UI_the_names_are_English()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");

        var picker = RenderPicker(["tr", "en"]);

        Assert.Equal(["English", "Turkish"], picker.FindAll("[data-testid=language-chips] .mud-chip").Select(c => c.TextContent.Trim()));
    }

    [Fact]
    public void Typing_a_name_and_pressing_Enter_adds_its_code_and_the_button_removes_it()
    {
        var picker = RenderPicker(["en"]);
        var search = picker.Find("input[data-testid=language-search]");

        search.Focus();
        search.Input("türk");
        _popovers.WaitForAssertion(() => Assert.Equal(["Türkisch tr"], _popovers.FindAll(".mud-popover .mud-list-item").Select(i => i.TextContent.Trim())));
        picker.Find("input[data-testid=language-search]").KeyUp(new KeyboardEventArgs { Key = "Enter" });

        picker.WaitForAssertion(() => Assert.Equal(["en", "tr"], _value));
        picker.Render(p => p.Add(x => x.Value, _value));
        Assert.Equal(["Englisch", "Türkisch"], picker.FindAll("[data-testid=language-chips] .mud-chip").Select(c => c.TextContent.Trim()));
        Assert.Equal(string.Empty, picker.Find("input[data-testid=language-search]").GetAttribute("value") ?? string.Empty);
        picker.Find("[data-testid=remove-language-en]").Click();
        Assert.Equal(["tr"], _value);
    }

    private IRenderedComponent<LanguagePicker> RenderPicker(IReadOnlyCollection<string> value)
    {
        _value = value;
        _popovers = Render<MudPopoverProvider>();
        return Render<LanguagePicker>(p => p
            .Add(x => x.Value, value)
            .Add(x => x.Label, "Sprachen")
            .Add(x => x.ValueChanged, v => _value = v));
    }
}
