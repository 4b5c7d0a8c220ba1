using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// Facts: statements that several articles make, each grouped around one sentence with its best-aligned
/// sentence in every other article. Seeds are taken in order of how many outlets back them, and a sentence
/// joins one fact only, so facts do not repeat each other.
/// </summary>
internal static class FactAligner
{
    /// <summary>A member must align with most others at this share of <see cref="BriefOptions.FactAlignment"/>.</summary>
    public const double CohesionShare = 0.75;

    /// <param name="disputed">
    /// Groups of sentences that state one event but disagree on a detail (from the value conflicts): the event itself
    /// is still confirmed by each of them, so each group that no fact has taken becomes a fact; the contested detail is
    /// shown among the conflicts.
    /// </param>
    public static ImmutableArray<Fact> Build(StoryCorpus corpus, SentenceAligner aligner, double[] importance, BriefOptions options,
        IEnumerable<IReadOnlyList<int>>? disputed = null)
    {
        var groups = new List<(SentenceUnit Seed, IReadOnlyList<(SentenceUnit Other, double Score)> Aligned)>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate) continue;
            var aligned = aligner.BestPerArticle(u, options.FactAlignment);
            if (aligned.Count > 0) groups.Add((u, aligned));
        }
        var used = new HashSet<int>();
        var facts = new List<(Fact Fact, int Articles, double Weight)>();
        foreach (var (seed, aligned) in groups
                     .OrderByDescending(g => g.Aligned.Count)
                     .ThenByDescending(g => g.Aligned.Sum(a => a.Score))
                     .ThenBy(g => g.Seed.Index))
        {
            if (used.Contains(seed.Index)) continue;
            // Seeds come best-backed first: past a few times the facts shown, the rest would not be shown anyway.
            if (facts.Count >= options.MaxFacts * 3) break;
            var members = new List<SentenceUnit> { seed };
            foreach (var (other, _) in aligned)
                if (!used.Contains(other.Index) && Coheres(other, members, aligner, options)) members.Add(other);
            if (members.Select(m => m.ArticleIndex).Distinct().Count() < 2) continue;
            foreach (var m in members) used.Add(m.Index);
            facts.Add((MakeFact(corpus, members, importance, options), members.Count, members.Max(m => importance[m.Index])));
        }
        foreach (var group in disputed ?? [])
        {
            var members = group.Where(i => !used.Contains(i)).Select(i => corpus.Units[i])
                .GroupBy(u => u.ArticleIndex).Select(g => g.First()).ToList();
            if (members.Count < 2) continue;
            foreach (var m in members) used.Add(m.Index);
            facts.Add((MakeFact(corpus, members, importance, options), members.Count, members.Max(m => importance[m.Index])));
        }
        return facts
            .OrderByDescending(f => f.Fact.IndependentSources)
            .ThenByDescending(f => f.Articles)
            .ThenByDescending(f => f.Weight)
            .Take(options.MaxFacts)
            .Select(f => f.Fact)
            .ToImmutableArray();
    }

    private static Fact MakeFact(StoryCorpus corpus, List<SentenceUnit> members, double[] importance, BriefOptions options)
    {
        var statement = Representative(members, importance);
        var sources = members
            .OrderBy(m => m.ArticleIndex).ThenBy(m => m.Span.Start)
            .Select(m => m.Source(corpus.ArticleOf(m).Id)).ToImmutableArray();
        return new Fact(Tidy(statement.Text), sources, corpus.Independence.Count(members, options.NearIdenticalWording));
    }

    /// <summary>
    /// A sentence joins a fact only if it aligns with most of the members, not just the seed: a star around
    /// one long sentence would otherwise gather sentences that each share a different part of it.
    /// </summary>
    private static bool Coheres(SentenceUnit candidate, List<SentenceUnit> members, SentenceAligner aligner, BriefOptions options)
    {
        if (members.Count == 1) return true;
        int agreeing = 0, checkedMembers = 0;
        foreach (var m in members)
        {
            if (++checkedMembers > 24) break; // the first members (seed and best matches) are enough to judge cohesion
            if (aligner.Score(candidate, m, candidate.Vector.Dot(m.Vector)) >= options.FactAlignment * CohesionShare) agreeing++;
        }
        return agreeing * 2 > Math.Min(members.Count, 24);
    }

    /// <summary>The member most similar to the others (the "medoid"), the more important one on ties; full sentences over headlines.</summary>
    private static SentenceUnit Representative(List<SentenceUnit> members, double[] importance) =>
        members
            .Select(m => (m, Score: (members.Where(o => o != m).Sum(o => m.Vector.Dot(o.Vector)) + 0.1 * importance[m.Index]) * (m.IsHeadlineLike ? 0.5 : 1)))
            .OrderByDescending(x => x.Score).ThenBy(x => x.m.Index).First().m;

    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
