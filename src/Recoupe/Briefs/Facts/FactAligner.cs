using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;
using Recoupe.Briefs.Conflicts;
using Recoupe.Briefs.Support;
using Recoupe.Model;

namespace Recoupe.Briefs.Facts;

/// <summary>
/// Facts: claims that several articles make. A fact grows around one sentence that makes a claim (its statement): the aligner
/// proposes the closest sentence of each other article, and the pair classifier keeps only those that state the statement's claim
/// (<see cref="SupportClassifier.Cites"/>) — never one whose figure or date of the same thing differs, never one on the other side
/// of a conflict. Seeds are taken in order of how many articles back them, and a sentence joins one fact only, so facts do not
/// repeat each other. Each side of a disagreement on one claim is a fact of its own, marked as disputed.
/// </summary>
internal static class FactAligner
{
    /// <summary>A member must align with most others at this share of <see cref="BriefOptions.FactAlignment"/>.</summary>
    public const double CohesionShare = 0.75;

    public static ImmutableArray<Fact> Build(StoryAnalysis analysis, BriefOptions options, IReadOnlyList<ScoredConflict> conflicts)
    {
        var corpus = analysis.Corpus;
        var support = analysis.Support;
        var importance = analysis.Importance;
        var opposed = OpposedPairs(corpus, conflicts);
        double candidateFloor = SentenceAligner.CacheFloor(options);
        var groups = new List<(SentenceUnit Seed, List<SentenceUnit> Cited, double Support)>();
        foreach (var u in corpus.Units)
        {
            if (u.IsBoilerplate || !support.FrameOf(u).IsClaim) continue;
            List<SentenceUnit>? cited = null; // most sentences cite none: no list for them
            double sum = 0;
            foreach (var (other, _) in analysis.Aligner.BestPerArticle(u, candidateFloor))
            {
                // A sentence that makes no claim (a comment, a fragment) states no fact, whatever words it shares.
                if (!support.FrameOf(other).IsClaim || !support.Cites(u, other) || opposed.Contains((u.Index, other.Index))) continue;
                (cited ??= []).Add(other);
                sum += support.StatesIt(u, other);
            }
            if (cited is not null) groups.Add((u, cited, sum));
        }
        var used = new HashSet<int>();
        var facts = new List<(Fact Fact, int Articles, double Weight)>();
        foreach (var (seed, cited, _) in groups
                     .OrderByDescending(g => g.Cited.Count)
                     .ThenByDescending(g => g.Support)
                     .ThenBy(g => g.Seed.Index))
        {
            if (used.Contains(seed.Index)) continue;
            // Seeds come best-backed first: past a few times the facts shown, the rest would not be shown anyway.
            if (facts.Count >= options.MaxFacts * 3) break;
            var members = new List<SentenceUnit> { seed };
            foreach (var other in cited.OrderByDescending(o => support.StatesIt(seed, o)).ThenBy(o => o.Index))
                if (!used.Contains(other.Index) && Coheres(other, members, analysis, options, opposed)) members.Add(other);
            if (members.Select(m => m.ArticleIndex).Distinct().Count() < 2) continue;
            foreach (var m in members) used.Add(m.Index);
            facts.Add((MakeFact(analysis, seed, members, options, null), members.Count, members.Max(m => importance[m.Index])));
        }
        foreach (var conflict in conflicts.Where(c => c.Kind == "value"))
            foreach (var side in conflict.Claims)
            {
                var members = side.Units.Where(i => !used.Contains(i)).Select(i => corpus.Units[i])
                    .Where(u => support.FrameOf(u).IsClaim).GroupBy(u => u.ArticleIndex).Select(g => g.First()).ToList();
                if (members.Count == 0) continue;
                foreach (var m in members) used.Add(m.Index);
                var statement = members.OrderByDescending(m => importance[m.Index]).ThenBy(m => m.Index).First();
                facts.Add((MakeFact(analysis, statement, members, options, conflict.About), members.Count, members.Max(m => importance[m.Index])));
            }
        return facts
            .OrderByDescending(f => f.Fact.IndependentSources)
            .ThenByDescending(f => f.Articles)
            .ThenByDescending(f => f.Weight)
            .Take(options.MaxFacts)
            .Select(f => f.Fact)
            .ToImmutableArray();
    }

    /// <summary>
    /// Pairs of sentences (both orders) on different sides of a conflict: the sentences each side was found in and, for a
    /// quotation's wording, every sentence that carries that side's words (an outlet may repeat the quotation).
    /// </summary>
    private static HashSet<(int, int)> OpposedPairs(StoryCorpus corpus, IReadOnlyList<ScoredConflict> conflicts)
    {
        var pairs = new HashSet<(int, int)>();
        foreach (var c in conflicts)
        {
            var sides = c.Claims.Select(claim =>
            {
                var units = claim.Units.ToHashSet();
                if (c.Kind == "quote-wording" && claim.Claim.Value.Length > 0)
                    foreach (var u in corpus.Units)
                        if (u.Text.Contains(claim.Claim.Value, StringComparison.OrdinalIgnoreCase)) units.Add(u.Index);
                return units;
            }).ToList();
            for (int i = 0; i < sides.Count; i++)
            for (int j = i + 1; j < sides.Count; j++)
                foreach (var a in sides[i])
                foreach (var b in sides[j])
                {
                    pairs.Add((a, b));
                    pairs.Add((b, a));
                }
        }
        return pairs;
    }

    private static Fact MakeFact(StoryAnalysis analysis, SentenceUnit statement, List<SentenceUnit> members, BriefOptions options, string? disputedBy)
    {
        var corpus = analysis.Corpus;
        var sources = members
            .OrderBy(m => m.ArticleIndex).ThenBy(m => m.Span.Start)
            .Select(m => m.Source(corpus.ArticleOf(m).Id)).ToImmutableArray();
        var (groups, attributedTo) = FactSources.Of(corpus, analysis.Frames, members, options.NearIdenticalWording);
        return new Fact(Tidy(statement.Text), sources, groups.Length)
        {
            Frame = FrameView.Of(corpus, statement, analysis.Support.FrameOf(statement)),
            AttributedTo = attributedTo,
            SourceGroups = groups,
            DisputedBy = disputedBy,
        };
    }

    /// <summary>
    /// A sentence joins a fact only if it aligns with most of the members, not just the seed (a star around one long sentence would
    /// otherwise gather sentences that each share a different part of it), and disagrees with none of them on a figure, a date or a
    /// side of a conflict.
    /// </summary>
    private static bool Coheres(SentenceUnit candidate, List<SentenceUnit> members, StoryAnalysis analysis, BriefOptions options,
        HashSet<(int, int)> opposed)
    {
        foreach (var m in members)
            if (analysis.Support.Disagree(candidate, m) || opposed.Contains((candidate.Index, m.Index))) return false;
        if (members.Count == 1) return true;
        int agreeing = 0, checkedMembers = 0;
        foreach (var m in members)
        {
            if (++checkedMembers > 24) break; // the first members (seed and best matches) are enough to judge cohesion
            if (analysis.Aligner.Score(candidate, m, candidate.Vector.Dot(m.Vector)) >= options.FactAlignment * CohesionShare) agreeing++;
        }
        return agreeing * 2 > Math.Min(members.Count, 24);
    }

    public static string Tidy(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
