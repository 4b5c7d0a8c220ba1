using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// What a brief reads from one article's sentences that does not depend on the story around it: words, stems, which words
/// lie outside entity and time mentions, the figures, weekdays and boilerplate flags. Computed once per article (and kept by
/// <see cref="ArticleAnalysisCache"/>) so that a story that gains one article does not tokenise, stem and parse the others
/// again; <see cref="StoryCorpus"/> then only maps stems to the story's term ids and mentions to its resolved entities.
/// </summary>
internal sealed class ArticleSentences
{
    private ArticleSentences(AnalyzedArticle source, SentenceTokens[] sentences, int limit, bool complete)
    {
        _text = source.Article.Text;
        _title = source.Article.Title;
        _language = source.Article.Language;
        _annotations = source.Annotations;
        Sentences = sentences;
        Limit = limit;
        Complete = complete;
    }

    private readonly string _text;
    private readonly string? _title;
    private readonly string _language;
    private readonly ArticleAnnotations _annotations;
    private IReadOnlyList<string>? _credited;

    /// <summary>The wire agencies the article's text credits (<see cref="WireOrigin.Find"/>), read once.</summary>
    public IReadOnlyList<string> CreditedAgencies => _credited ??= WireOrigin.Find(_text);

    private Recoupe.Briefs.Quotes.ArticleQuotes? _quotes;

    /// <summary>The words of the article's quotations (<see cref="Recoupe.Briefs.Quotes.ArticleQuotes"/>), read once for these quotations.</summary>
    public Recoupe.Briefs.Quotes.ArticleQuotes Quotes(ImmutableArray<QuoteMention> quotes)
    {
        if (_quotes is { } kept && kept.Fits(quotes)) return kept;
        return _quotes = Recoupe.Briefs.Quotes.ArticleQuotes.Read(_text, quotes);
    }

    // The last set asked for: a story asks for one number of sentences per article, the same from one rebuild to the next
    // while its size stays in one band. Replaced whole (one reference), so a race at worst computes it twice.
    private ArticleShingles? _shingles;

    /// <summary>The distinct word 5-grams of the first <paramref name="sentences"/> sentences (<see cref="ArticleShingles"/>), computed once per count.</summary>
    public long[] DistinctShingles(int sentences)
    {
        sentences = Math.Min(sentences, Sentences.Length);
        if (_shingles is { } kept && kept.Sentences == sentences) return kept.Hashes;
        var read = ArticleShingles.Of(Sentences.Take(sentences).Select(s => s.Shingles).ToArray(), sentences);
        _shingles = read;
        return read.Hashes;
    }

    /// <summary>The article's usable sentences (non-empty, inside the text), in order, at most <see cref="Limit"/>.</summary>
    public SentenceTokens[] Sentences { get; }
    /// <summary>How many sentences were asked for when this was computed.</summary>
    public int Limit { get; }
    /// <summary>Every usable sentence of the article is here (it has no more than <see cref="Limit"/>).</summary>
    public bool Complete { get; }

    /// <summary>Whether these sentences were read from exactly this article (text, title, language, annotations) and hold the first <paramref name="needed"/>.</summary>
    public bool Fits(AnalyzedArticle article, int needed)
    {
        if (needed > Limit && !Complete) return false;
        var a = article.Article;
        if (!string.Equals(a.Text, _text, StringComparison.Ordinal) || !string.Equals(a.Title, _title, StringComparison.Ordinal)
            || !string.Equals(a.Language, _language, StringComparison.Ordinal)) return false;
        var ann = article.Annotations;
        return ReferenceEquals(ann, _annotations)
               || (ann.Sentences.AsSpan().SequenceEqual(_annotations.Sentences.AsSpan())
                   && ann.Entities.AsSpan().SequenceEqual(_annotations.Entities.AsSpan())
                   && ann.Times.AsSpan().SequenceEqual(_annotations.Times.AsSpan()));
    }

    /// <param name="intern">Gives one shared copy of a word or stem (<see cref="ArticleAnalysisCache"/>: a cache of thousands of articles
    /// holds each word once); null keeps the tokeniser's strings.</param>
    public static ArticleSentences Read(AnalyzedArticle analyzed, int maxSentences, Func<string, string>? intern = null)
    {
        var article = analyzed.Article;
        var text = article.Text;
        var language = article.Language;
        var stopwords = Stopwords.For(language).Count > 0 ? Stopwords.For(language) : null;
        var ann = analyzed.Annotations;
        var sentences = new List<SentenceTokens>();
        bool complete = true;
        foreach (var sentence in ann.Sentences)
        {
            var span = sentence.Span;
            if (span.End > text.Length || span.Length == 0) continue;
            if (sentences.Count >= maxSentences) { complete = false; break; }
            var mentions = new List<int>();
            var inEntity = new List<TextSpan>();
            for (int m = 0; m < ann.Entities.Length; m++)
            {
                if (!span.Overlaps(ann.Entities[m].Span)) continue;
                mentions.Add(m);
                inEntity.Add(ann.Entities[m].Span);
            }
            var times = new List<int>();
            for (int t = 0; t < ann.Times.Length; t++)
                if (span.Contains(ann.Times[t].Span.Start)) times.Add(t);
            var words = new List<string>();
            var stems = new List<string?>();
            var predicate = new List<bool>();
            foreach (var token in Tokenizer.Tokenize(text, span))
            {
                words.Add(intern is null ? token.Lower : intern(token.Lower));
                bool stop = token.IsNumber
                            || (stopwords is null ? token.Lower.Length < 3 : stopwords.Contains(token.Lower) || token.Lower.Length < 2);
                var stem = stop ? null : Stemmer.Stem(token.Lower, language);
                stems.Add(stem is null || intern is null ? stem : intern(stem));
                predicate.Add(!stop && !Covered(token.Span, inEntity) && !times.Any(t => ann.Times[t].Span.Overlaps(token.Span)));
            }
            // Numbers inside date and time expressions ("2023", "5 septembre") are dates, compared as dates; durations are
            // figures. Completing a date's year changes its value, never its span or type, so this is the story's reading too.
            var dateSpans = times.Select(t => ann.Times[t]).Where(t => t.Type is TimexType.Date or TimexType.Time).Select(t => t.Span).ToList();
            var sentenceText = span.Of(text);
            var wordArray = words.ToArray();
            sentences.Add(new SentenceTokens(span, sentenceText, wordArray, stems.ToArray(), predicate.ToArray(), mentions.ToArray(), times.ToArray(),
                Claims.QuantityParser.Parse(text, span, language, dateSpans, wordArray),
                TimeValues.WeekdayMask(wordArray),
                BoilerplateFilter.IsBoilerplate(sentenceText, wordArray, language),
                BoilerplateFilter.IsHeadlineLike(sentenceText, article.Title)));
        }
        return new ArticleSentences(analyzed, sentences.ToArray(), maxSentences, complete);
    }

    private static bool Covered(TextSpan token, List<TextSpan> spans)
    {
        foreach (var s in spans)
            if (s.Overlaps(token)) return true;
        return false;
    }
}

/// <summary>
/// One usable sentence of an article as <see cref="ArticleSentences"/> reads it. <see cref="Stems"/> is null for a stopword or a
/// number; <see cref="Predicate"/> marks the content words outside entity and time mentions; <see cref="Mentions"/> and
/// <see cref="Times"/> index the article's entity and time annotations that fall in the sentence.
/// </summary>
internal sealed record SentenceTokens(TextSpan Span, string Text, string[] Words, string?[] Stems, bool[] Predicate, int[] Mentions, int[] Times,
    ImmutableArray<Claims.Quantity> Quantities, int Weekdays, bool IsBoilerplate, bool IsHeadlineLike)
{
    // Read from the words alone, on first use, and kept with the sentence (so with the article, by the cache): a rebuild after one
    // added article hashes and reads cues for that article's sentences only. A race computes the same value twice, harmlessly.
    private long[]? _shingles;
    private long[]? _bigrams;
    private Claims.SentenceCues? _cues;

    /// <summary>The sentence's distinct word 5-grams as sorted hashes (<see cref="SourceIndependence"/>'s rewrite test).</summary>
    public long[] Shingles => _shingles ??= SourceIndependence.Shingles(Words);
    /// <summary>The sentence's distinct word bigrams as sorted hashes (<see cref="SourceIndependence.WordOverlap(SentenceUnit, SentenceUnit)"/>).</summary>
    public long[] Bigrams => _bigrams ??= SourceIndependence.BigramHashes(Words);
    /// <summary>Its claim cues (<see cref="Claims.SentenceCues"/>).</summary>
    public Claims.SentenceCues Cues => _cues ??= Claims.SentenceCues.Of(Text, Words, Stems);

    private SentenceStems? _stemSet;

    /// <summary>Its distinct stems with their counts, predicate flags, event classes and families (<see cref="SentenceStems"/>).</summary>
    public SentenceStems StemSet => _stemSet ??= SentenceStems.Of(Stems, Predicate);

    // Read from the article's text (a sentence belongs to one article, whose text and language the cache checks), on first use.
    private Claims.SourceCue? _source;
    private Facts.RelayedWording.Wording? _wording;

    /// <summary>Its "selon X" cue as the text gives it (<see cref="Claims.SourceCues.Read"/>); <paramref name="articleText"/> is its article's text.</summary>
    public Claims.SourceCue SourceCue(string articleText, string language) => _source ??= Claims.SourceCues.Read(articleText, Span, language);

    /// <summary>Its words and quoted passages as <see cref="Facts.RelayedWording"/> compares them.</summary>
    public Facts.RelayedWording.Wording Wording(string language) => _wording ??= Facts.RelayedWording.Read(Text, language);

    private bool? _invertedVerb;

    /// <summary>Whether it has a verb of saying after a comma (<see cref="Facts.InvertedSubject.HasVerbAfterComma"/>), read on first use.</summary>
    public bool HasInvertedVerb(string articleText) => _invertedVerb ??= Facts.InvertedSubject.HasVerbAfterComma(articleText, Span);

    private System.Runtime.CompilerServices.StrongBox<(string Country, string Name)?>? _government;
    private System.Runtime.CompilerServices.StrongBox<(Facts.OfficeNames.Office Office, string Name)?>? _office;

    /// <summary>A government in words as the subject of a verb of saying (<see cref="Facts.GovernmentOf.Subject"/>), read on first use.</summary>
    public (string Country, string Name)? GovernmentSubject(string articleText, string language) =>
        (_government ??= new(Facts.GovernmentOf.Subject(articleText, Span, language))).Value;

    /// <summary>An office by its holder's title or its building as that subject (<see cref="Facts.OfficeNames.Subject"/>), read on first use.</summary>
    public (Facts.OfficeNames.Office Office, string Name)? OfficeSubject(string articleText, string language) =>
        (_office ??= new(Facts.OfficeNames.Subject(articleText, Span, language))).Value;
}
