using System.Collections.Immutable;
using Recoupe.Briefs.Rendering;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// The seed story through the default pipeline. Asserts only what the brief itself guarantees, whatever
/// the mention stages find: cited, well-formed, non-redundant output that renders.
/// </summary>
public class SeedsBriefIntegrationTests
{
    private static (Brief Brief, List<AnalyzedArticle> Articles) BuildSeedBrief()
    {
        var pipeline = RecoupePipeline.Default;
        var articles = new List<AnalyzedArticle>();
        foreach (var file in Directory.GetFiles(TestPaths.Seeds, "*.txt").Order(StringComparer.Ordinal))
        {
            var cleaned = pipeline.Clean(new RawDocument(Path.GetFileName(file), File.ReadAllBytes(file), InputKind.Text));
            Assert.True(cleaned.Success, cleaned.Error);
            articles.Add(pipeline.Analyze(cleaned.Value! with { Id = articles.Count + 1 }));
        }
        var story = new Story(7, "seeds", DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, articles.Select(a => a.Article.Id).ToImmutableArray());
        return (pipeline.BriefBuilder.Build(story, articles), articles);
    }

    [Fact]
    public void Every_summary_sentence_and_fact_cites_real_spans()
    {
        var (brief, articles) = BuildSeedBrief();
        Assert.Equal(7, brief.Id);
        Assert.Equal(5, brief.Articles.Length);
        Assert.InRange(brief.Summary.Length, 3, 6);
        Assert.False(string.IsNullOrWhiteSpace(brief.Title));
        foreach (var s in brief.Summary)
        {
            var own = s.Sources[0];
            var text = articles.Single(a => a.Article.Id == own.ArticleId).Article.Text;
            Assert.InRange(own.End, own.Start + 1, text.Length);
            Assert.Equal(s.Text, string.Join(' ', text[own.Start..own.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
            Assert.DoesNotContain("CLIQUEZ", s.Text);
        }
        Assert.Equal(brief.Summary.Length, brief.Summary.Select(s => s.Text).Distinct().Count());
        Assert.NotEmpty(brief.Facts);
        foreach (var f in brief.Facts)
        {
            int articlesCited = f.Sources.Select(x => x.ArticleId).Distinct().Count();
            // A fact stands on two articles at least, unless it is one side of a disagreement (shown among the conflicts).
            Assert.True(articlesCited >= 2 || f.DisputedBy is not null, f.Statement);
            Assert.InRange(f.IndependentSources, 1, articlesCited);
        }
    }

    [Fact]
    public void Brief_renders_as_markdown_and_html()
    {
        var (brief, _) = BuildSeedBrief();
        var html = BriefHtmlRenderer.Render(brief);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("independent source", html);
        Assert.DoesNotContain("<script", html);
        var md = BriefMarkdownRenderer.Render(brief);
        Assert.Contains("## Summary", md);
        Assert.Contains("## Facts", md);
    }
}
