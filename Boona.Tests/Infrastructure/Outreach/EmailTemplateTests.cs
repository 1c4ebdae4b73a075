using Boona.Domain.Outreach;
using Boona.Infrastructure.Outreach.Templates;

namespace Boona.Tests.Infrastructure.Outreach;

/// <summary>The shipped templates and the engine's checks: every kind renders, broken placeholders are named with their line.</summary>
public sealed class EmailTemplateTests
{
    public static TheoryData<TemplateKind, bool> EveryKindInBothNumbers()
    {
        var data = new TheoryData<TemplateKind, bool>();
        foreach (var kind in Enum.GetValues<TemplateKind>())
        {
            data.Add(kind, false);
            data.Add(kind, true);
        }

        return data;
    }

    [Theory, MemberData(nameof(EveryKindInBothNumbers))]
    public void Every_shipped_template_renders_its_sample_data_as_text_and_HTML_with_the_legal_footer(TemplateKind kind, bool plural)
    {
        var rendered = EmailTemplates.Defaults.Render(kind, TemplateSamples.For(kind, plural));

        Assert.Contains("Impressum", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("https://boona.app/impressum", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("{{", rendered.Text + rendered.Html + rendered.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("{%", rendered.Text + rendered.Html + rendered.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n\n", rendered.Text, StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", rendered.Html, StringComparison.Ordinal);
        if (kind != TemplateKind.LegalFooter)
        {
            Assert.NotEqual(string.Empty, rendered.Subject);
            Assert.StartsWith((string)TemplateSamples.For(kind)["greeting"]!, rendered.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_shipped_templates_pass_their_own_save_check()
    {
        foreach (var kind in Enum.GetValues<TemplateKind>())
        {
            var text = TemplateDefaults.For(kind);
            var errors = TemplateEngine.Check(kind, text.Subject, "Subject").Concat(TemplateEngine.Check(kind, text.TextBody, "TextBody")).Concat(TemplateEngine.Check(kind, text.HtmlBody, "HtmlBody"));
            Assert.Empty(errors);
        }
    }

    [Fact]
    public void The_inquiry_speaks_of_one_person_or_of_several()
    {
        var one = EmailTemplates.Defaults.Render(TemplateKind.Inquiry, TemplateSamples.For(TemplateKind.Inquiry));
        var two = EmailTemplates.Defaults.Render(TemplateKind.Inquiry, TemplateSamples.For(TemplateKind.Inquiry, plural: true));

        Assert.Equal("Anfrage zu einem Therapieplatz", one.Subject);
        Assert.Contains("die folgende vorqualifizierte Person", one.Text, StringComparison.Ordinal);
        Assert.Equal("Anfrage zu Therapieplätzen für 2 Personen", two.Subject);
        Assert.Contains("die folgenden 2 vorqualifizierten Personen", two.Text, StringComparison.Ordinal);
        Assert.Contains("pro Referenz", two.Text, StringComparison.Ordinal);
        Assert.Contains("2. P-00047\n   Alter: 27 Jahre, Geschlecht: divers\n   Noch ohne Diagnose, Sprechstunde am 14.10.2026 erfolgt; Beschwerden: Ängste, Schlafprobleme\n", two.Text, StringComparison.Ordinal);
        Assert.Contains("Ihre persönliche Antwortseite: https://boona.app/antwort/beispiel", one.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_answer_link_the_inquiry_says_it_follows()
    {
        var model = TemplateSamples.For(TemplateKind.Inquiry);
        model["answer_link"] = string.Empty;

        var rendered = EmailTemplates.Defaults.Render(TemplateKind.Inquiry, model);

        Assert.Contains("Ihre persönliche Antwortseite: folgt", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HTML_templates_encode_the_values_they_insert()
    {
        var model = TemplateSamples.For(TemplateKind.ConflictThankYou);
        model["greeting"] = "<script>alert(1)</script>";

        var rendered = EmailTemplates.Defaults.Render(TemplateKind.ConflictThankYou, model);

        Assert.DoesNotContain("<script>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", rendered.Html, StringComparison.Ordinal);
        Assert.StartsWith("<script>alert(1)</script>", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelt_placeholder_is_refused_with_its_line_and_name()
    {
        var errors = TemplateEngine.Check(TemplateKind.Inquiry, "{{ greeting }}\n\nwir fragen an:\n{{ patient_cuont }} Personen", "TextBody").ToList();

        var problem = Assert.Single(errors);
        Assert.Equal(("template.placeholder", "TextBody", 4, "patient_cuont"), (problem.Code, problem.Field, problem.Line, problem.Name));
        Assert.Equal("Line 4: unknown placeholder 'patient_cuont'.", problem.ToError().Message);
    }

    [Fact]
    public void A_misspelt_member_of_a_patient_is_refused_with_its_line_and_name()
    {
        var errors = TemplateEngine.Check(TemplateKind.Inquiry, "{% for p in patients %}\n{{ p.reference }}\n{{ p.last_name }}\n{% endfor %}", "TextBody").ToList();

        Assert.Equal((3, "last_name"), (Assert.Single(errors).Line, errors[0].Name));
    }

    [Fact]
    public void A_placeholder_of_another_kind_is_refused()
    {
        var errors = TemplateEngine.Check(TemplateKind.WithdrawalNotice, "{{ greeting }}\n{{ patients }}", "TextBody").ToList();

        Assert.Equal((2, "patients"), (Assert.Single(errors).Line, errors[0].Name));
    }

    [Fact]
    public void Broken_Liquid_is_refused_with_its_line()
    {
        var errors = TemplateEngine.Check(TemplateKind.Inquiry, "{{ greeting }}\n{% if patient_count == 1 %}\nEine Person", "TextBody").ToList();

        var problem = Assert.Single(errors);
        Assert.Equal("template.syntax", problem.Code);
        Assert.InRange(problem.Line, 1, 3);
    }

    [Fact]
    public void Loop_and_assigned_names_are_the_template_s_own()
    {
        var errors = TemplateEngine.Check(TemplateKind.Inquiry, "{% assign n = patient_count %}{{ n }}{% for p in patients %}{{ forloop.index }} {{ p.reference }}{% endfor %}", "TextBody");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_template_that_reads_an_unknown_name_fails_to_render_with_the_reason()
    {
        var broken = EmailTemplates.Defaults.With(TemplateKind.Reminder, new EmailTemplateText("Erinnerung", "{{ greeting }} {{ unbekannt }}", "<p>x</p>"));

        var failure = Assert.Throws<TemplateRenderException>(() => broken.Render(TemplateKind.Reminder, TemplateSamples.For(TemplateKind.Reminder)));

        Assert.Contains("unbekannt", failure.Message, StringComparison.Ordinal);
    }
}
