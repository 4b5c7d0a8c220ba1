using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>One side of a conflict under construction: the normalised value it is keyed by, and the claim shown.</summary>
internal sealed record KeyedClaim(string Key, Claim Claim);

/// <summary>A conflict under construction: its claims keyed by normalised value, and how sure we are (to rank conflicts).</summary>
internal sealed record ScoredConflict(string Key, string About, string Kind, double Confidence, ImmutableArray<KeyedClaim> Claims)
{
    /// <summary>The sentences (unit indexes) whose disagreement makes the conflict: aligned statements of one event.</summary>
    public ImmutableArray<int> Statements { get; init; } = [];

    public Conflict ToConflict() => new(About, Claims.Select(c => c.Claim).ToImmutableArray(), Kind);

    public static ScoredConflict Of(string about, string kind, double confidence, StoryCorpus corpus,
        params (string Value, string Key, SentenceUnit Unit)[] sides)
    {
        var claims = sides
            .Select(c => new KeyedClaim(c.Key, new Claim(c.Value, [c.Unit.Source(corpus.ArticleOf(c.Unit).Id)])))
            .OrderBy(c => c.Key, StringComparer.Ordinal)
            .ToImmutableArray();
        var key = kind + "|" + about + "|" + string.Join("|", claims.Select(c => c.Key));
        return new ScoredConflict(key, about, kind, confidence, claims)
        {
            Statements = sides.Select(c => c.Unit.Index).Where(i => i >= 0).ToImmutableArray(),
        };
    }

    /// <summary>Folds in the claims of the same conflict found through another pair of sentences.</summary>
    public ScoredConflict Merge(ScoredConflict other)
    {
        var merged = Claims.ToDictionary(c => c.Key, c => c, StringComparer.Ordinal);
        foreach (var c in other.Claims)
        {
            merged[c.Key] = merged.TryGetValue(c.Key, out var existing)
                ? existing with { Claim = existing.Claim with { Sources = existing.Claim.Sources.Concat(c.Claim.Sources).Distinct().ToImmutableArray() } }
                : c;
        }
        return this with
        {
            Confidence = Math.Max(Confidence, other.Confidence),
            Statements = Statements.Concat(other.Statements).Distinct().ToImmutableArray(),
            Claims = merged.Values.OrderBy(c => c.Key, StringComparer.Ordinal).ToImmutableArray(),
        };
    }
}
