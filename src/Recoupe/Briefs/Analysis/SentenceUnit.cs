using System.Collections.Immutable;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// One sentence of one article, with everything the brief compares sentences by: stems (as a TF-IDF
/// vector), resolved entities, numbers and time values. Built once per brief by <see cref="StoryCorpus"/>.
/// </summary>
internal sealed class SentenceUnit
{
    public required int Index { get; init; }
    public required int ArticleIndex { get; init; }
    /// <summary>0 for an article's first content sentence.</summary>
    public required int Position { get; init; }
    public required TextSpan Span { get; init; }
    public required string Text { get; init; }
    public required int WordCount { get; init; }
    /// <summary>Lower-cased words in order (for near-identical wording checks and ROUGE-style overlaps).</summary>
    public required string[] Words { get; init; }
    /// <summary>For each of <see cref="Words"/>, its term id, or -1 for a stopword or a number.</summary>
    public int[] WordTerms { get; init; } = [];
    public required TermVector Vector { get; set; }
    /// <summary>Raw term ids with their counts, before weighting.</summary>
    public required Dictionary<int, int> TermCounts { get; init; }
    /// <summary>Content stems that lie outside entity and time mentions: the candidates for a predicate.</summary>
    public required int[] PredicateTerms { get; init; }
    /// <summary>Event classes of the predicate words ("visit", "meeting"…; see <see cref="Conflicts.EventPredicates"/>).</summary>
    public string[] EventClasses { get; init; } = [];
    /// <summary>Paraphrase families of the predicate words (<see cref="ParaphraseFamilies"/>), ascending, distinct.</summary>
    public int[] Families { get; init; } = [];
    /// <summary>Resolved entity ids (indexes into <see cref="StoryCorpus.Entities"/>), ascending, distinct.</summary>
    public required int[] Entities { get; init; }
    /// <summary>Entities named only inside a person's role ("porte-parole du Comité de vigilance portuaire"), ascending.</summary>
    public int[] RoleEntities { get; init; } = [];
    /// <summary>The figures of the sentence, normalised (<see cref="Claims.QuantityParser"/>), outside its dates.</summary>
    public required ImmutableArray<Claims.Quantity> Quantities { get; init; }
    public required ImmutableArray<TimeMention> Times { get; init; }
    /// <summary>Weekdays named ("lundi", "Monday") as a bit mask, bit 0 = Monday (<see cref="TimeValues.WeekdayMask"/>).</summary>
    public int Weekdays { get; init; }
    public required bool IsBoilerplate { get; init; }
    /// <summary>Reads like a headline or caption: the article's title repeated in its text, or no closing punctuation.</summary>
    public bool IsHeadlineLike { get; init; }

    public SourceSpan Source(long articleId) => new(articleId, Span.Start, Span.End);

    /// <summary>The article's reading of this sentence (story-independent, kept by the briefs' cache with its article); null for a
    /// unit made outside the corpus (a quotation past the per-article cap).</summary>
    public SentenceTokens? Reading { get; init; }

    private long[]? _bigrams;
    private Claims.SentenceCues? _cues;

    /// <summary>The distinct word bigrams of the sentence as sorted hashes (computed once per sentence read), for <see cref="SourceIndependence.WordOverlap(SentenceUnit, SentenceUnit)"/>.</summary>
    public long[] Bigrams => _bigrams ??= Reading?.Bigrams ?? SourceIndependence.BigramHashes(Words);
    /// <summary>The sentence's claim cues, read once per sentence read (<see cref="Claims.SentenceCues"/>).</summary>
    public Claims.SentenceCues Cues => _cues ??= Reading?.Cues ?? Claims.SentenceCues.Of(Text, Words, new string?[Words.Length]);
}
