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
    public static ImmutableArray<Fact> Build(StoryCorpus corpus, SentenceAligner aligner, double[] importance, BriefOptions options)
    {
        var groups = new List<(SentenceUnit Seed, List<(SentenceUnit Other, double Score)> Aligned)>();
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
            var members = new List<SentenceUnit> { seed };
            foreach (var (other, _) in aligned)
                if (!used.Contains(other.Index)) members.Add(other);
            if (members.Select(m => m.ArticleIndex).Distinct().Count() < 2) continue;
            foreach (var m in members) used.Add(m.Index);
            var statement = Representative(members, importance);
            var sources = members
                .OrderBy(m => m.ArticleIndex).ThenBy(m => m.Span.Start)
                .Select(m => m.Source(corpus.ArticleOf(m).Id)).ToImmutableArray();
            int independent = corpus.Independence.Count(members, options.NearIdenticalWording);
            facts.Add((new Fact(Tidy(statement.Text), sources, independent), members.Count, members.Max(m => importance[m.Index])));
        }
        return facts
            .OrderByDescending(f => f.Fact.IndependentSources)
            .ThenByDescending(f => f.Articles)
            .ThenByDescending(f => f.Weight)
            .Take(options.MaxFacts)
            .Select(f => f.Fact)
            .ToImmutableArray();
    }

    /// <summary>The member most similar to the others (the "medoid"), the more important one on ties.</summary>
    private static SentenceUnit Representative(List<SentenceUnit> members, double[] importance) =>
        members
            .Select(m => (m, Score: members.Where(o => o != m).Sum(o => m.Vector.Dot(o.Vector)) + 0.1 * importance[m.Index]))
            .OrderByDescending(x => x.Score).ThenBy(x => x.m.Index).First().m;

    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
