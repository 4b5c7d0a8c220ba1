using Recoupe.Briefs.Quotes;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Who states each sentence: the people whose quotation (direct or reported) lies in it. A fact in the news is
/// "who said what": the same words from two different people are two statements, and one person's statement
/// reworded by two outlets is one. Only people count: an institution ("la Maison Blanche") speaks through its
/// spokespeople, so it neither matches nor contradicts one of them.
/// </summary>
internal static class StatementSpeakers
{
    /// <summary>For each unit (by index), the person entities speaking in it, ascending; empty when unknown.</summary>
    public static int[][] Of(StoryCorpus corpus, IReadOnlyList<SpeakerQuote> quotes)
    {
        var speakers = new SortedSet<int>?[corpus.Units.Length];
        foreach (var q in quotes)
        {
            if (q.SpeakerEntity < 0 || corpus.Entities[q.SpeakerEntity].Entity.Type != EntityType.Person) continue;
            foreach (var u in corpus.UnitsOfArticle[q.ArticleIndex])
                if (u.Span.Overlaps(q.Mention.Span)) (speakers[u.Index] ??= []).Add(q.SpeakerEntity);
        }
        return speakers.Select(s => s is null ? [] : s.ToArray()).ToArray();
    }
}
