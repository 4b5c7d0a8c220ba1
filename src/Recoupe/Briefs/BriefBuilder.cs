using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Briefs;

/// <summary>PLACEHOLDER (to be replaced by the briefs stage): first sentence of each article, cited.</summary>
public sealed class BriefBuilder : IBriefBuilder
{
    public Brief Build(Story story, IReadOnlyList<AnalyzedArticle> articles)
    {
        var summary = articles
            .Where(a => a.Annotations.Sentences.Length > 0)
            .Select(a => (a, s: a.Annotations.Sentences[0].Span))
            .Select(x => new SummarySentence(x.s.Of(x.a.Article.Text), [new SourceSpan(x.a.Article.Id, x.s.Start, x.s.End)]))
            .ToImmutableArray();
        return new Brief(story.Id, story.Title, story.FirstSeen, story.LastSeen,
            articles.Select(a => new BriefArticle(a.Article.Id, a.Article.Outlet, a.Article.Title, a.Article.Published?.ToIso(), a.Article.Language, a.Article.Input, a.Article.CopyOf)).ToImmutableArray(),
            summary, [], [], [], [], []);
    }
}
