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
