using System.Collections.Concurrent;
using Recoupe.Language;
using Recoupe.Model;
using Transliteration = Recoupe.Mentions.Names.Transliteration;

namespace Recoupe.Stories.Features;

/// <summary>
/// Turns an analysed article into its <see cref="ArticleProfile"/>: stems of content words (title words
/// weighted up), proper names from capitalisation and from recognised entities under a
/// transliteration-tolerant key, and numbers. Works from text alone; entities only add to it.
/// </summary>
public sealed class ProfileExtractor
{
    private readonly StoryAssignerOptions _options;

    public ProfileExtractor(StoryAssignerOptions? options = null) => _options = options ?? StoryAssignerOptions.Default;

    public ArticleProfile Extract(AnalyzedArticle analyzed)
    {
        var counts = FeatureCounts.ForThread();
        var language = ExtractInto(analyzed, counts);
        return ToProfile(language, counts, TimeOf(analyzed.Article.Published));
    }

    /// <summary>Counts the article's features into <paramref name="sink"/>; returns the language its stems belong to.</summary>
    internal string ExtractInto(AnalyzedArticle analyzed, IFeatureSink sink)
    {
        var article = analyzed.Article;
        var language = string.IsNullOrEmpty(article.Language) ? "und" : article.Language;
        var stopwords = StopwordsFor(language);
        var title = string.IsNullOrWhiteSpace(article.Title) ? null : Bounded(article.Title);
        var text = Bounded(article.Text);
        var common = _options.SkipCommonNameWords ? CommonWordsSet() : null;
        var tokens = TextTokens.ForThread;

        // The title is read twice (for its lower-case words, then for its features) so that the body is
        // tokenised once: the words either writes in lower case are known before any name is weighed.
        if (title is not null && common is not null)
        {
            tokens.Read(title);
            NameCandidates.AddLowerCaseWords(tokens, common);
        }
        tokens.Read(text);
        if (common is not null) NameCandidates.AddLowerCaseWords(tokens, common);
        bool lexicon = CrossLingualNames.Applies(language);
        AddTokens(tokens, language, stopwords, 1f, sink, common, lexicon);
        if (title is not null)
        {
            tokens.Read(title);
            AddTokens(tokens, language, stopwords, _options.TitleWeight, sink, common, lexicon);
        }
        AddEntities(analyzed.Annotations.Entities, sink, lexicon);
        return language;
    }

    /// <summary>
    /// The weight of a feature counted <paramref name="tf"/> times (field weights included) before the article's
    /// vector is L2-normalised: sub-linear (the tenth "Betancourt" says less than the first), times its kind's weight.
    /// </summary>
    internal float Weight(FeatureKind kind, float tf)
    {
        float byKind = kind switch
        {
            FeatureKind.Name => _options.NameWeight,
            FeatureKind.Number => _options.NumberWeight,
            _ => 1f,
        };
        return (1f + MathF.Log(Math.Max(1f, tf))) * byKind;
    }

    public static ArticleTime TimeOf(DateStamp? published)
    {
        if (published is null) return ArticleTime.Unknown;
        var v = published.Value;
        return published.Precision switch
        {
            DatePrecision.Year => new ArticleTime(v, v.AddYears(1)),
            DatePrecision.Month => new ArticleTime(v, v.AddMonths(1)),
            DatePrecision.Day => new ArticleTime(v, v.AddDays(1)),
            _ => new ArticleTime(v, v),
        };
    }

    private string Bounded(string text) => text.Length <= _options.MaxTextChars ? text : text[.._options.MaxTextChars];

    private static readonly ConcurrentDictionary<string, SpanSet> StopwordSets = new(StringComparer.Ordinal);

    /// <summary>The language's stopwords; French and English together for a language without a list.</summary>
    private static SpanSet StopwordsFor(string language) => StopwordSets.GetOrAdd(language, l =>
    {
        var set = Stopwords.For(l);
        return new SpanSet(set.Count > 0 ? set : Stopwords.For("fr").Union(Stopwords.For("en")));
    });

    [ThreadStatic] private static List<(int First, int Last)>? _names;
    [ThreadStatic] private static StampedHashSet? _commonWords;

    /// <summary>
    /// The set of words the article also writes in lower case (filled by Extract): as parts of a longer name
    /// ("Banque" in "Banque Populaire", "Caisse" in "Caisse des Dépôts") they are common nouns that link unrelated
    /// stories, and the stem features count them already.
    /// </summary>
    private static StampedHashSet CommonWordsSet()
    {
        var set = _commonWords ??= new StampedHashSet();
        set.Clear();
        return set;
    }

    /// <summary>Stems, numbers and names of the text last read into <paramref name="tokens"/>.</summary>
    private static void AddTokens(TextTokens tokens, string language, SpanSet stopwords, float fieldWeight, IFeatureSink counts, StampedHashSet? common, bool lexicon)
    {
        var text = tokens.Text;
        Span<char> number = stackalloc char[66];
        number[0] = FeatureKeys.NumberPrefix;
        number[1] = '|';
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsNumber)
            {
                var (length, last) = NumberKeys.Read(tokens, i, number[2..]);
                if (length >= 2) counts.Add(number[..(2 + length)], fieldWeight);
                i = last;
                continue;
            }
            var lower = tokens.Lower(t);
            if (lower.Length < 2 || stopwords.Contains(lower)) continue;
            counts.AddStem(lower, t.Hash, language, fieldWeight);
        }

        var names = _names ??= [];
        names.Clear();
        NameCandidates.Find(tokens, stopwords, names);
        foreach (var (first, last) in names)
            AddName(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start), fieldWeight, counts, common, lexicon);
    }

    /// <summary>
    /// Recognised entities, only where they add something: a name the capitalisation pass already counted
    /// would otherwise count twice (its weight then depends on whether the recogniser fired, not on the
    /// story), and places (countries, capitals) are shared by many unrelated stories, so they count less.
    /// </summary>
    private void AddEntities(IReadOnlyList<EntityMention> entities, IFeatureSink counts, bool lexicon)
    {
        if (entities.Count == 0 || _options.EntityWeight <= 0) return;
        HashSet<string>? seen = null;
        foreach (var entity in entities)
        {
            var key = NameKey.Of(entity.Name);
            if (key.Length < 2) continue;
            if (lexicon && CrossLingualNames.French(key) is { } french) key = french; // as AddName counts it
            var feature = FeatureKeys.Name(key);
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            // Decide on the first mention: later mentions of a new entity then add to its own count.
            if (!seen.Add(feature) ? !_addedEntities.Contains(feature) : counts.Contains(feature)) continue;
            _addedEntities.Add(feature);
            float weight = _options.EntityWeight * (entity.Type == EntityType.Place ? _options.PlaceEntityWeight : 1f);
            // Words of the name the capitalisation pass counted already are not counted again: otherwise a name the
            // recogniser cut differently from the capitalised run (invented: "Banque Martin 2,5" for "Banque Martin") counted
            // its words twice, so the story features rewarded the recogniser's boundary errors (a better French model cost RPM2
            // topic B-cubed F1 0.982 -> 0.976 that way; with this, the shipped model 0.9819 -> 0.9826).
            if (weight > 0) AddName(entity.Name, weight, counts, null, lexicon, skipCounted: true);
        }
        _addedEntities.Clear();
    }

    [ThreadStatic] private static HashSet<string>? _addedEntitiesStore;
    private static HashSet<string> _addedEntities => _addedEntitiesStore ??= new HashSet<string>(StringComparer.Ordinal);

    [ThreadStatic] private static char[]? _nameBuffer;

    /// <summary>
    /// The whole name under its key, and each of its longer words (a surname alone links "Kim Jong Un" and "Kim").
    /// Words in another script are transliterated (<see cref="Transliteration"/>) to meet their Latin spelling
    /// (Путин / Putin). Latin spellings are kept as they are folded: phonetic rewriting and a bilingual place lexicon
    /// applied to French text both merged unrelated French stories on the RPM2 dev topics (topic B-cubed F1 0.981 ->
    /// 0.937-0.969). Names of an article in another language go through <see cref="CrossLingualNames"/> to their
    /// French spelling ("Putin" -> "poutine"); French articles never do.
    /// </summary>
    /// <paramref name="lexicon"/>: the article is not in French, and its names known to <see cref="CrossLingualNames"/>
    /// (whole, or word by word) are counted under their French spelling. <paramref name="skipCounted"/>: the words of a
    /// multi-word name already counted in the article are left out (recognised entities, see AddEntities).
    private static void AddName(ReadOnlySpan<char> name, float fieldWeight, IFeatureSink counts, StampedHashSet? common, bool lexicon, bool skipCounted = false)
    {
        // Folding can double a letter (ß -> ss) and transliteration lengthen a Cyrillic one (щ -> shch).
        int needed = 8 + 4 * name.Length;
        if (_nameBuffer is null || _nameBuffer.Length < needed) _nameBuffer = new char[Math.Max(256, needed)];
        if (_wordBuffer is null || _wordBuffer.Length < needed) _wordBuffer = new char[Math.Max(256, needed)];
        var key = _nameBuffer.AsSpan();
        key[0] = FeatureKeys.NamePrefix;
        key[1] = '|';
        int folded = NameKey.Write(name, key[2..]);
        if (folded < 2) return;
        if (lexicon) folded = ToFrench(key, folded);

        int start = -1;
        int parts = 0;
        Span<(int, int)> words = stackalloc (int, int)[8];
        for (int k = 0; k <= name.Length; k++)
        {
            bool letter = k < name.Length && char.IsLetterOrDigit(name[k]);
            if (letter && start < 0) start = k;
            else if (!letter && start >= 0)
            {
                if (parts < words.Length) words[parts] = (start, k);
                parts++;
                start = -1;
            }
        }
        if (parts == 0 || parts > words.Length)
        {
            // No word, or a run too long to be a name: the plain folded key (already in the buffer).
            counts.Add(key[..(2 + folded)], fieldWeight);
            return;
        }
        // Each word's key, one after another in the word buffer (no string per word on this hot path). Only
        // another script is transliterated (Путин -> putin): rewriting Latin spellings merged unrelated French
        // names and cost 0.017-0.027 topic B-cubed F1 on the RPM2 dev topics.
        Span<(int Start, int Length)> wordKeys = stackalloc (int, int)[8];
        int used = 0;
        for (int p = 0; p < parts; p++)
        {
            var (s, e) = words[p];
            var slot = _wordBuffer.AsSpan(used);
            int length = NameKey.Write(name[s..e], slot);
            if (length > 0 && !IsLatin(slot[..length]))
            {
                var latin = Transliteration.Key(slot[..length]);
                latin.AsSpan().CopyTo(slot);
                length = latin.Length;
            }
            if (lexicon && length > 0 && CrossLingualNames.French(slot[..length]) is { } frenchWord && frenchWord.Length <= slot.Length)
            {
                frenchWord.AsSpan().CopyTo(slot);
                length = frenchWord.Length;
            }
            wordKeys[p] = (used, length);
            used += length;
        }
        if (parts == 1)
        {
            // One word: its key, the same as the word's key inside a longer name.
            if (wordKeys[0].Length < 2) return;
            _wordBuffer.AsSpan(0, wordKeys[0].Length).CopyTo(key[2..]);
            counts.Add(key[..(2 + wordKeys[0].Length)], fieldWeight);
            return;
        }
        counts.Add(key[..(2 + folded)], fieldWeight);
        for (int p = 0; p < parts; p++)
        {
            var (s, e) = words[p];
            var (at, length) = wordKeys[p];
            if (e - s < 3 || length < 2 || common is not null && IsCommonWord(name[s..e], common)) continue;
            _wordBuffer.AsSpan(at, length).CopyTo(key[2..]);
            if (skipCounted && counts.Contains(key[..(2 + length)])) continue;
            counts.Add(key[..(2 + length)], fieldWeight);
        }
        if (_nameBuffer.Length > 1 << 16) _nameBuffer = null; // a hostile all-capitals text made one huge name
        if (_wordBuffer.Length > 1 << 16) _wordBuffer = null;
    }

    /// <summary>The whole name's key (after the 2-character prefix) rewritten to its French spelling when the lexicon has it.</summary>
    private static int ToFrench(Span<char> key, int folded)
    {
        var whole = key.Slice(2, folded);
        string? french = CrossLingualNames.French(whole);
        if (french is null && !IsLatin(whole)) french = CrossLingualNames.French(Transliteration.Key(whole)); // Путин -> putin -> poutine
        if (french is null || french.Length > key.Length - 2) return folded;
        french.AsSpan().CopyTo(key[2..]);
        return french.Length;
    }

    private static bool IsLatin(ReadOnlySpan<char> folded)
    {
        foreach (char c in folded) if (c >= 0x250) return false;
        return true;
    }

    [ThreadStatic] private static char[]? _wordBuffer;

    private static bool IsCommonWord(ReadOnlySpan<char> word, StampedHashSet common)
    {
        if (word.Length > 64) return false;
        Span<char> lower = stackalloc char[word.Length];
        TextTokens.LowerCase(word, lower);
        return common.Contains(WordHash.Of(lower));
    }

    private ArticleProfile ToProfile(string language, FeatureCounts counts, ArticleTime time)
    {
        var keys = new string[counts.Count];
        var weights = new float[counts.Count];
        double norm = 0;
        int i = 0;
        foreach (var (key, tf) in counts.Entries)
        {
            float w = Weight(FeatureKeys.KindOf(key), tf);
            keys[i] = key;
            weights[i] = w;
            norm += w * w;
            i++;
        }
        if (norm > 0)
        {
            float inv = (float)(1 / Math.Sqrt(norm));
            for (int k = 0; k < weights.Length; k++) weights[k] *= inv;
        }
        return new ArticleProfile(language, keys, weights, time);
    }
}
