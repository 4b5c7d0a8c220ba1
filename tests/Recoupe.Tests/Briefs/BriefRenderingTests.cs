using Recoupe.Briefs;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

public class BriefRenderingTests
{
    private const string Payload = "Le ministre a parlé <script>alert('x')</script> et <img src=x onerror=alert(1)> devant la presse réunie hier.";

    private static Brief HostileBrief()
    {
        var story = new HandBuiltStory()
            .Add(Payload + " Le ministre a annoncé un accord important avec ses partenaires européens.", "Evil <b>Outlet</b>", title: "Titre <script>x</script> du jour", published: "2023-09-05")
            .Add(Payload + " Le ministre a annoncé un accord important avec les partenaires européens.", "Other", title: "Autre titre", published: "2023-09-06");
        return new BriefBuilder().Build(story.Story, story.Articles);
    }

    [Fact]
    public void Html_escapes_scraped_markup_and_is_self_contained()
    {
        var html = BriefHtmlRenderer.Render(HostileBrief());
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>Outlet", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        Assert.Contains("onerror=", html); // shown as text, inside an escaped tag
        Assert.DoesNotContain(" onerror=alert", html.Replace("&lt;img src=x onerror=alert", ""));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", ""));
        Assert.DoesNotContain("https://", html);
        Assert.Contains("<svg", html);
    }

    [Fact]
    public void Markdown_escapes_markup_characters()
    {
        var md = BriefMarkdownRenderer.Render(HostileBrief());
        Assert.DoesNotContain("<script>", md);
        Assert.DoesNotContain("<img", md);
        Assert.Contains("&lt;script&gt;", md);
        Assert.Equal("\\*bold\\* \\[link\\](x) # &lt;b&gt;", BriefMarkdownRenderer.Escape("*bold* [link](x) # <b>"));
        Assert.Equal("\\# not a heading", BriefMarkdownRenderer.Escape("# not a heading"));
        Assert.Equal("2023\\. not a list", BriefMarkdownRenderer.Escape("2023. not a list"));
    }
}

/// <summary>Reported speech ("the paper reported that …") is the outlets' wording, not a quotation: the brief marks it
/// indirect and no rendering puts quotation marks or a quote block around it. Invented text.</summary>
public class ReportedSpeechRenderingTests
{
    private static Brief ReportedBrief()
    {
        const string missing = "deux randonneurs étaient portés disparus près du col";
        const string searching = "Nous cherchons encore";
        var story = new HandBuiltStory()
            .Add("Les secours ont fouillé la montagne toute la nuit. Le Courrier des Cimes a rapporté que " + missing + ". " +
                 "« " + searching + " », a déclaré la commandante Ada Ruiz.", "Courrier des Cimes", title: "Deux randonneurs disparus", published: "2025-04-07",
                 quotes: [(searching, "per:ada ruiz", "Ada Ruiz")], reported: [(missing, "org:courrier cimes", "Courrier des Cimes")])
            .Add("Les secours ont fouillé la montagne toute la nuit près du col. « " + searching + " », a déclaré la commandante Ada Ruiz.",
                 "Radio Vallée", title: "Recherches en montagne", published: "2025-04-07", quotes: [(searching, "per:ada ruiz", "Ada Ruiz")]);
        return new BriefBuilder().Build(story.Story, story.Articles);
    }

    [Fact]
    public void Reported_speech_is_marked_and_rendered_without_quotation_marks()
    {
        var brief = ReportedBrief();
        var reported = Assert.Single(brief.Quotes, q => q.Indirect);
        Assert.Contains(brief.Quotes, q => !q.Indirect);

        var md = BriefMarkdownRenderer.Render(brief);
        Assert.Contains("Reported: " + BriefMarkdownRenderer.Escape(reported.Text), md);
        Assert.DoesNotContain("> " + BriefMarkdownRenderer.Escape(reported.Text), md);

        var html = BriefHtmlRenderer.Render(brief);
        Assert.Contains("<div class=\"reported\">Reported: ", html);
        Assert.DoesNotContain("<blockquote>" + reported.Text, html);
    }
}
