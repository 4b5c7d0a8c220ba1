using Recoupe.Briefs;
using Recoupe.Model;

namespace Recoupe.Tests.Briefs;

/// <summary>
/// A brief reads the same whatever database ids its articles got (issue 17): a run interrupted by kill -9 and run again on
/// PostgreSQL leaves gaps in the id sequence, so the same articles carry other ids than in a clean run.
/// </summary>
public class BriefIdIndependenceTests
{
    private const string Claim = "Le conseil régional a voté mardi un budget de quarante millions pour rénover les lycées du département.";
    private const string Other = "Les travaux commenceront au printemps et dureront trois ans selon le calendrier présenté aux élus.";

    [Fact]
    public void Origin_labels_do_not_depend_on_article_ids()
    {
        var story = new HandBuiltStory()
            .Add(Claim + " " + Other, "A")
            .Add(Claim + " " + Other, "B", copyOf: 1)
            .Add(Claim + " " + Other, "C", copyOf: 1);
        var builder = new BriefBuilder();
        var first = builder.Build(story.Story, story.Articles);
        // The same articles with ids shifted by a gap, as a re-run after a killed transaction hands them out.
        const long gap = 40;
        var shifted = story.Articles.Select(a => a with
        {
            Article = a.Article with { Id = a.Article.Id + gap, CopyOf = a.Article.CopyOf + gap },
        }).ToList();
        var second = builder.Build(story.Story, shifted);

        Assert.NotEmpty(first.Origins);
        Assert.Equal(first.Origins.Select(o => o.Origin), second.Origins.Select(o => o.Origin));
        Assert.Equal(first.Facts.SelectMany(f => f.SourceGroups).Select(g => g.Origin),
            second.Facts.SelectMany(f => f.SourceGroups).Select(g => g.Origin));
        Assert.Equal(first.Origins.Select(o => o.ArticleIds.Select(id => id + gap)), second.Origins.Select(o => o.ArticleIds.AsEnumerable()));
    }
}
