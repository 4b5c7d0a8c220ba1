using System.Runtime.CompilerServices;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;

namespace Recoupe.Briefs.Support;

/// <summary>
/// What two wordings of one claim share once the words every sentence of the story uses are weighed down: content words weighted
/// by their rarity in the story (IDF), the rare words alone, and actors that one sentence names and the other designates by their
/// role. Outlets restating a claim keep its specific words and swap the rest; sentences that merely share the story's names and
/// stock words share little weight.
/// </summary>
internal static class RestatementWords
{
    /// <summary>IDF-weighted Jaccard of the two sentences' content terms (attribution words such as "a déclaré" aside).</summary>
    public static double IdfJaccard(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        double shared = 0, union = 0;
        foreach (var t in a.TermCounts.Keys)
        {
            if (corpus.IsAttributionTerm(t)) continue;
            double w = corpus.Idf(t);
            union += w;
            if (b.TermCounts.ContainsKey(t)) shared += w;
        }
        foreach (var t in b.TermCounts.Keys)
            if (!corpus.IsAttributionTerm(t) && !a.TermCounts.ContainsKey(t)) union += corpus.Idf(t);
        return union == 0 ? 0 : shared / union;
    }

    /// <summary>Rare terms (IDF of at least half the story's maximum) in common, over the rare terms of the sentence with fewer.</summary>
    public static double RareSharedShare(StoryCorpus corpus, SentenceUnit a, SentenceUnit b)
    {
        int inA = 0, inB = 0, shared = 0;
        foreach (var t in a.TermCounts.Keys)
        {
            if (!IsRare(corpus, t)) continue;
            inA++;
            if (b.TermCounts.ContainsKey(t)) shared++;
        }
        foreach (var t in b.TermCounts.Keys)
            if (IsRare(corpus, t)) inB++;
        int fewer = Math.Min(inA, inB);
        return fewer == 0 ? 0 : shared / (double)fewer;
    }

    /// <summary>A term whose IDF is at least half the story's maximum: rare in the story (shared by restatements, not by stock words).</summary>
    public static bool IsRare(StoryCorpus corpus, int term) => corpus.Idf(term) >= 0.5 * Math.Log(corpus.Units.Length + 1.0);

    /// <summary>
    /// Participants of <paramref name="frame"/> that <paramref name="other"/> does not name but designates by their role: every
    /// content word of the entity's role (as the story's mentions give it: "ministre de la Défense") is in the other sentence.
    /// </summary>
    public static int ActorsByRole(StoryCorpus corpus, ClaimFrame frame, SentenceUnit other)
    {
        if (frame.Participants.Length == 0) return 0;
        var roles = RoleTerms.GetValue(corpus, Read);
        int n = 0;
        foreach (var e in frame.Participants)
        {
            if (Array.BinarySearch(other.Entities, e) >= 0 || e >= roles.Length) continue;
            var terms = roles[e];
            if (terms.Length == 0) continue;
            bool all = true;
            foreach (var t in terms)
                if (!other.TermCounts.ContainsKey(t)) { all = false; break; }
            if (all) n++;
        }
        return n;
    }

    /// <summary>Each entity's role as the story's term ids, read once per story (the corpus is immutable).</summary>
    private static readonly ConditionalWeakTable<StoryCorpus, int[][]> RoleTerms = new();

    private static int[][] Read(StoryCorpus corpus)
    {
        var language = corpus.Articles.Count > 0 ? corpus.Articles[0].Article.Language : "fr";
        return corpus.Entities.Select(e => e.Entity.Role is { Length: > 0 } role ? corpus.Vectorize(role, language).Terms : []).ToArray();
    }
}
