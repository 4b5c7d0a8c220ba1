using System.Collections.Concurrent;
using System.Collections.Frozen;
using Recoupe.Language;
using Recoupe.Model;

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
        var article = analyzed.Article;
        var language = string.IsNullOrEmpty(article.Language) ? "und" : article.Language;
        var stopwords = StopwordsFor(language);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);

        if (!string.IsNullOrWhiteSpace(article.Title))
            AddText(Bounded(article.Title), language, stopwords, _options.TitleWeight, counts);
        AddText(Bounded(article.Text), language, stopwords, 1f, counts);
        AddEntities(analyzed.Annotations.Entities, counts);

        return ToProfile(language, counts, TimeOf(article.Published));
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

    private static readonly ConcurrentDictionary<string, FrozenSet<string>> StopwordSets = new(StringComparer.Ordinal);

    /// <summary>The language's stopwords; French and English together for a language without a list.</summary>
    private static FrozenSet<string> StopwordsFor(string language) => StopwordSets.GetOrAdd(language, l =>
    {
        var set = Stopwords.For(l);
        return set.Count > 0 ? set : Stopwords.For("fr").Union(Stopwords.For("en")).ToFrozenSet(StringComparer.Ordinal);
    });

    private void AddText(string text, string language, FrozenSet<string> stopwords, float fieldWeight, Dictionary<string, float> counts)
    {
        var tokens = new List<Token>();
        foreach (var t in Tokenizer.Tokenize(text)) tokens.Add(t);

        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.IsNumber)
            {
                var (number, last) = NumberKeys.Read(text, tokens, i);
                if (number.Length >= 2) Add(counts, FeatureKeys.Number(number), fieldWeight);
                i = last;
                continue;
            }
            if (t.Lower.Length < 2 || stopwords.Contains(t.Lower)) continue;
            Add(counts, StemKeys.For(t.Lower, language), fieldWeight);
        }

        var names = new List<(int First, int Last)>();
        NameCandidates.Find(text, tokens, stopwords, names);
        foreach (var (first, last) in names)
        {
            var whole = text.AsSpan(tokens[first].Span.Start, tokens[last].Span.End - tokens[first].Span.Start);
            AddName(whole, fieldWeight, counts);
        }
    }

    /// <summary>
    /// Recognised entities, only where they add something: a name the capitalisation pass already counted
    /// would otherwise count twice (its weight then depends on whether the recogniser fired, not on the
    /// story), and places (countries, capitals) are shared by many unrelated stories, so they count less.
    /// </summary>
    private void AddEntities(IReadOnlyList<EntityMention> entities, Dictionary<string, float> counts)
    {
        if (entities.Count == 0 || _options.EntityWeight <= 0) return;
        HashSet<string>? seen = null;
        foreach (var entity in entities)
        {
            var key = NameKey.Of(entity.Name);
            if (key.Length < 2) continue;
            var feature = FeatureKeys.Name(key);
            seen ??= new HashSet<string>(StringComparer.Ordinal);
            // Decide on the first mention: later mentions of a new entity then add to its own count.
            if (!seen.Add(feature) ? !_addedEntities.Contains(feature) : counts.ContainsKey(feature)) continue;
            _addedEntities.Add(feature);
            float weight = _options.EntityWeight * (entity.Type == EntityType.Place ? _options.PlaceEntityWeight : 1f);
            if (weight > 0) AddName(entity.Name, weight, counts);
        }
        _addedEntities.Clear();
    }

    [ThreadStatic] private static HashSet<string>? _addedEntitiesStore;
    private static HashSet<string> _addedEntities => _addedEntitiesStore ??= new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The whole name under its key, and each of its longer words (a surname alone links "Kim Jong Un" and "Kim").</summary>
    private static void AddName(ReadOnlySpan<char> name, float fieldWeight, Dictionary<string, float> counts)
    {
        var whole = NameKey.Of(name);
        if (whole.Length < 2) return;
        Add(counts, FeatureKeys.Name(whole), fieldWeight);
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
        if (parts < 2) return;
        for (int p = 0; p < Math.Min(parts, words.Length); p++)
        {
            var (s, e) = words[p];
            if (e - s < 3) continue;
            Add(counts, FeatureKeys.Name(NameKey.Of(name[s..e])), fieldWeight);
        }
    }

    private static void Add(Dictionary<string, float> counts, string key, float weight)
    {
        counts.TryGetValue(key, out var c);
        counts[key] = c + weight;
    }

    private ArticleProfile ToProfile(string language, Dictionary<string, float> counts, ArticleTime time)
    {
        var keys = new string[counts.Count];
        var weights = new float[counts.Count];
        double norm = 0;
        int i = 0;
        foreach (var (key, tf) in counts)
        {
            float kind = FeatureKeys.KindOf(key) switch
            {
                FeatureKind.Name => _options.NameWeight,
                FeatureKind.Number => _options.NumberWeight,
                _ => 1f,
            };
            // Sub-linear tf: the tenth "Betancourt" says less than the first.
            float w = (1f + MathF.Log(Math.Max(1f, tf))) * kind;
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
