using System.Collections.Immutable;
using Recoupe.Briefs.Analysis;
using Recoupe.Model;

namespace Recoupe.Briefs.Conflicts;

/// <summary>One side of a conflict under construction: the normalised value it is keyed by, the claim shown, and the sentences (unit indexes) that state it.</summary>
internal sealed record KeyedClaim(string Key, Claim Claim, ImmutableArray<int> Units);

/// <summary>One side of a conflict as found in one sentence: the value shown, its key, the sentence, and the span that carries it (null: the sentence's span).</summary>
internal readonly record struct ConflictSide(string Value, string Key, SentenceUnit Unit, TextSpan? Span = null);

/// <summary>A conflict under construction: its claims keyed by normalised value, and how sure we are (to rank conflicts).</summary>
internal sealed record ScoredConflict(string Key, string About, string Kind, double Confidence, ImmutableArray<KeyedClaim> Claims)
{
    public const string Update = "update";

    /// <summary>What a count of people measures, for a figure conflict of one ("death toll|death toll"); null for others.</summary>
    public string? Figure { get; init; }

    /// <summary>The slot that differs ("date", "figure", "wording").</summary>
    public string? Differs { get; init; }

    /// <summary>The sentences (unit indexes) whose disagreement makes the conflict.</summary>
    public IEnumerable<int> Statements => Claims.SelectMany(c => c.Units).Distinct();

    public Conflict ToConflict() => new(About, Claims.Select(c => c.Claim).ToImmutableArray(), Kind) { Differs = Differs };

    public static ScoredConflict Of(string about, string kind, string differs, double confidence, StoryCorpus corpus, params ConflictSide[] sides)
    {
        var claims = sides
            .Select(c => new KeyedClaim(c.Key, new Claim(c.Value, [Source(corpus, c)]) { Date = ReportedOn(corpus, c.Unit) },
                c.Unit.Index >= 0 ? [c.Unit.Index] : []))
            .ToImmutableArray();
        // An update keeps one entry per figure whatever its values (they are its evolution); a disagreement is keyed by its values.
        var key = kind == Update ? kind + "|" + about : kind + "|" + about + "|" + string.Join("|", claims.Select(c => c.Key).Order(StringComparer.Ordinal));
        return new ScoredConflict(key, about, kind, confidence, Order(claims, kind)) { Differs = differs };
    }

    private static SourceSpan Source(StoryCorpus corpus, ConflictSide side)
    {
        var id = corpus.ArticleOf(side.Unit).Id;
        return side.Span is { } span ? new SourceSpan(id, span.Start, span.End) : side.Unit.Source(id);
    }

    private static string? ReportedOn(StoryCorpus corpus, SentenceUnit u) =>
        corpus.ArticleOf(u).Published is { } p ? new DateStamp(p.Value, p.Precision > DatePrecision.Day ? DatePrecision.Day : p.Precision).ToIso() : null;

    /// <summary>Claims of an update oldest first (undated last); of a disagreement by value.</summary>
    internal static ImmutableArray<KeyedClaim> Order(IEnumerable<KeyedClaim> claims, string kind) =>
        kind == Update
            ? claims.OrderBy(c => c.Claim.Date is null ? 1 : 0).ThenBy(c => c.Claim.Date, StringComparer.Ordinal).ThenBy(c => c.Key, StringComparer.Ordinal).ToImmutableArray()
            : claims.OrderBy(c => c.Key, StringComparer.Ordinal).ToImmutableArray();

    /// <summary>Folds in the claims of the same conflict found through another pair of sentences (the detectors gather them with
    /// <see cref="ConflictMerger"/>, which gives what folding this pair after pair gives; tests hold it to this definition).</summary>
    public ScoredConflict Merge(ScoredConflict other)
    {
        var merged = Claims.ToDictionary(c => c.Key, c => c, StringComparer.Ordinal);
        foreach (var c in other.Claims)
        {
            merged[c.Key] = merged.TryGetValue(c.Key, out var existing)
                ? existing with
                {
                    Claim = existing.Claim with
                    {
                        Sources = existing.Claim.Sources.Concat(c.Claim.Sources).Distinct().ToImmutableArray(),
                        Date = Earliest(existing.Claim.Date, c.Claim.Date),
                    },
                    Units = existing.Units.Concat(c.Units).Distinct().ToImmutableArray(),
                }
                : c;
        }
        return this with
        {
            Confidence = Math.Max(Confidence, other.Confidence),
            Claims = Order(merged.Values, Kind),
        };
    }

    internal static string? Earliest(string? a, string? b) =>
        a is null ? b : b is null ? a : string.CompareOrdinal(a, b) <= 0 ? a : b;
}
