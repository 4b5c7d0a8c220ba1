using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// The similarity of an article to a story: TF-IDF cosine between the article's features and the story
/// centroid, over the features that can match across the two (stems of the article's language, names and
/// numbers); only names and numbers when the story has no text in the article's language, scaled by the
/// cross-lingual weight. Time decay divides by (1 + gap / half-life), the gap being measured from the
/// story's time span, so a story that keeps getting articles stays reachable.
/// </summary>
internal sealed class StorySimilarity
{
    private readonly StoryAssignerOptions _options;
    private readonly Vocabulary _vocabulary;
    // The loaded article's weight × IDF² by term id (zero elsewhere): scoring a story is then one pass over
    // its term ids with an array read each, no hashing. Filled by Load, cleared when the next article loads.
    private float[] _queryDot = new float[1024];
    // One bit per term id: set for the loaded article's terms. A centroid's terms are mostly not the article's, and
    // this 25 KB map (for 200k terms) stays in the first-level cache where the float array by id (800 KB) does not:
    // the scoring pass tests the bit and reads the weight only on a hit.
    private ulong[] _queryBits = new ulong[16];
    private WeightedArticle? _loaded;
    private float[] _idf = new float[512];
    private float[] _order = new float[512];
    private int[] _items = new int[512];

    public StorySimilarity(StoryAssignerOptions options, Vocabulary vocabulary)
    {
        _options = options;
        _vocabulary = vocabulary;
    }

    /// <summary>
    /// The article's IDF-weighted vector, built once per decision and cut to its heaviest
    /// <see cref="StoryAssignerOptions.ArticleTerms"/> terms: the tail is noise and costs time in every comparison.
    /// </summary>
    /// <paramref name="scratch"/>: into buffers this instance owns, valid until the next scratch call (the assigner's
    /// decision path, whose result lives until its Commit; four arrays per article were a third of its allocation).
    public WeightedArticle Weigh(TermVector article, bool scratch = false)
    {
        int count = article.Count;
        var terms = article.Terms;
        var articleWeights = article.Weights;
        // Work arrays reused from article to article (only the results below outlive the call).
        if (_idf.Length < count)
        {
            int n = Math.Max(count, 2 * _idf.Length);
            _idf = new float[n];
            _order = new float[n];
            _items = new int[n];
        }
        var idf = _idf;
        var order = _order;
        var items = _items;
        for (int i = 0; i < count; i++)
        {
            idf[i] = _vocabulary.Idf(terms[i]);
            order[i] = -(articleWeights[i] * idf[i]);
        }
        // Heaviest first. Sorting on a primitive key (negated weight) is several times faster than a comparison
        // delegate; ties keep an order fixed by the article's own text, so decisions stay reproducible.
        for (int i = 0; i < count; i++) items[i] = i;
        Array.Sort(order, items, 0, count);
        int keep = Math.Min(count, _options.ArticleTerms);
        Term[] ranked;
        float[] weights, dotWeights, raw;
        if (scratch)
        {
            if (_ranked.Length < keep)
                (_ranked, _weights, _dotWeights, _raw) = (new Term[keep], new float[keep], new float[keep], new float[keep]);
            (ranked, weights, dotWeights, raw) = (_ranked, _weights, _dotWeights, _raw);
        }
        else (ranked, weights, dotWeights, raw) = (new Term[keep], new float[keep], new float[keep], new float[keep]);
        double norm = 0, independent = 0;
        for (int i = 0; i < keep; i++)
        {
            var term = terms[items[i]];
            float w = -order[i];
            ranked[i] = term;
            weights[i] = w;
            dotWeights[i] = w * idf[items[i]]; // so that the dot product needs no IDF lookup per story
            raw[i] = articleWeights[items[i]];
            norm += w * w;
            if (term.IsLanguageIndependent) independent += w * w;
        }
        if (_idf.Length > 1 << 16) (_idf, _order, _items) = (new float[512], new float[512], new int[512]); // a hostile text's size
        return new WeightedArticle(article, ranked, weights, dotWeights, raw, keep, Math.Sqrt(norm), Math.Sqrt(independent));
    }

    // The scratch result buffers of Weigh (ArticleTerms long at most).
    private Term[] _ranked = [];
    private float[] _weights = [], _dotWeights = [], _raw = [];
    // The ids Load set in the query maps: the loaded article's buffers may be overwritten before the next Load clears them.
    private int[] _loadedIds = new int[256];
    private int _loadedCount;

    /// <summary>Makes <paramref name="article"/> the one <see cref="Score"/> compares (replacing the previous one).</summary>
    private void Load(WeightedArticle article)
    {
        if (ReferenceEquals(_loaded, article)) return;
        for (int i = 0; i < _loadedCount; i++)
        {
            int loadedId = _loadedIds[i];
            _queryDot[loadedId] = 0;
            _queryBits[loadedId >> 6] = 0;
        }
        _loadedCount = 0;
        if (_loadedIds.Length < article.Count) _loadedIds = new int[article.Count];
        if (_queryDot.Length < _vocabulary.IdLimit)
        {
            _queryDot = new float[Math.Max(_vocabulary.IdLimit, _queryDot.Length * 2)];
            _queryBits = new ulong[(_queryDot.Length + 63) >> 6];
        }
        var terms = article.Terms;
        var dotWeights = article.DotWeights;
        for (int i = 0; i < terms.Length; i++)
        {
            int id = terms[i].Id;
            _queryDot[id] = dotWeights[i];
            _queryBits[id >> 6] |= 1UL << id;
            _loadedIds[_loadedCount++] = id;
        }
        _loaded = article;
    }

    public double Score(WeightedArticle article, StoryCentroid story)
    {
        Load(article);
        bool sameLanguage = story.Languages.Contains(article.Article.Language);
        double cosine = Cosine(article, story, sameLanguage);
        if (!sameLanguage) cosine *= _options.CrossLingualWeight;
        double gap = ArticleTime.GapDays(article.Article.Time, story.FirstLo, story.LastHi);
        return cosine / (1 + gap / _options.DecayHalfLifeDays);
    }

    /// <summary>
    /// The same-language cosine split by kind of feature (content-word stems, names, numbers), each time-decayed as
    /// <see cref="Score"/> is: the three add up to the score. Features of the join model (<see cref="StoryJoinFeatures"/>):
    /// a story shared only through a name (a minister in the news for two unrelated reasons) scores as high as one
    /// sharing the event's words, and the model weighs the two kinds of evidence apart.
    /// </summary>
    public (double Stems, double Names, double Numbers) ScoreParts(WeightedArticle article, StoryCentroid story)
    {
        Load(article);
        var query = _queryDot;
        var bits = _queryBits;
        var ids = story.TermIds;
        var terms = story.Terms;
        var sums = story.Sums;
        double stems = 0, names = 0, numbers = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if ((bits[id >> 6] & 1UL << id) == 0) continue;
            float q = query[id];
            if (q == 0) continue;
            double c = q * sums[i];
            switch (terms[i].Kind)
            {
                case FeatureKind.Stem: stems += c; break;
                case FeatureKind.Name: names += c; break;
                default: numbers += c; break;
            }
        }
        double norm = story.Languages.Count == 1 ? Norms(story).All : NormFor(story, article.Article.Language);
        if (norm <= 0 || article.Norm <= 0) return (0, 0, 0);
        double gap = ArticleTime.GapDays(article.Article.Time, story.FirstLo, story.LastHi);
        double scale = 1 / (norm * article.Norm * (1 + gap / _options.DecayHalfLifeDays));
        return (stems * scale, names * scale, numbers * scale);
    }

    /// <summary>True when the story is beyond the quiet window from the article's time.</summary>
    public bool IsOutOfWindow(WeightedArticle article, StoryCentroid story) =>
        ArticleTime.GapDays(article.Article.Time, story.FirstLo, story.LastHi) > _options.QuietAfterDays;

    private double Cosine(WeightedArticle article, StoryCentroid story, bool sameLanguage)
    {
        // One pass over the story's term ids against the article's weights by id. Across languages no stem can
        // match (the story has no text in the article's language), so the same pass counts names and numbers only.
        // The story's norm over the features that can match is cached, except for a story with text in several
        // languages (rare), where stems of the other languages have to be left out of it one by one.
        var query = _queryDot;
        var bits = _queryBits;
        var ids = story.TermIds;
        var sums = story.Sums;
        double dot = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            int id = ids[i];
            if ((bits[id >> 6] & 1UL << id) == 0) continue;
            float q = query[id];
            if (q != 0) dot += q * sums[i];
        }
        if (dot <= 0) return 0;
        double norm;
        if (!sameLanguage) norm = Norms(story).Independent;
        else if (story.Languages.Count == 1) norm = Norms(story).All;
        else norm = NormFor(story, article.Article.Language);
        double articleNorm = sameLanguage ? article.Norm : article.IndependentNorm;
        return norm <= 0 || articleNorm <= 0 ? 0 : dot / (norm * articleNorm);
    }

    private (double All, double Independent) Norms(StoryCentroid story)
    {
        // IDF moves slowly with the document count: norms are refreshed when the story changed or the count grew 5%.
        if (story.NormVersion != story.Version || _vocabulary.Documents > story.NormDocuments * 1.05 + 1)
        {
            double all = 0, independent = 0;
            var terms = story.Terms;
            var sums = story.Sums;
            for (int i = 0; i < terms.Length; i++)
            {
                var term = terms[i];
                float c = sums[i] * _vocabulary.Idf(term);
                all += c * c;
                if (term.IsLanguageIndependent) independent += c * c;
            }
            story.NormAll = Math.Sqrt(all);
            story.NormIndependent = Math.Sqrt(independent);
            story.NormVersion = story.Version;
            story.NormDocuments = _vocabulary.Documents;
        }
        return (story.NormAll, story.NormIndependent);
    }

    /// <summary>Norm of a story over names, numbers and the stems of one language (an article in one of the story's several languages).</summary>
    private double NormFor(StoryCentroid story, string language) => NormOver(story, term => term.IsStemOf(language));

    /// <summary>
    /// Cosine between two story centroids over the features they can share (for merges). The first story is
    /// loaded by term id (see <see cref="LoadStory"/>): the assigner compares one story with several in a row,
    /// and each comparison is then a pass over the other's ids instead of a dictionary lookup per term.
    /// </summary>
    public double Between(StoryCentroid a, StoryCentroid b)
    {
        bool oneLanguage = a.Languages.Count == 1 && b.Languages.Count == 1 && a.Languages.Overlaps(b.Languages);
        if (!oneLanguage) return BetweenLanguages(a, b);
        LoadStory(a);
        var dense = _storyDot;
        var ids = b.TermIds;
        var sums = b.Sums;
        double dot = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            float t = dense[ids[i]];
            if (t != 0) dot += sums[i] * t;
        }
        if (dot <= 0) return 0;
        // Same single language on both sides (the usual case): the cached norms are the right ones.
        double n1 = Norms(a).All, n2 = Norms(b).All;
        return n1 <= 0 || n2 <= 0 ? 0 : dot / (n1 * n2);
    }

    /// <summary>
    /// The part of <see cref="Between"/> owed to content-word stems (names and numbers left out of the dot product, not of
    /// the norms): what two stories share as an event, not as people and places. 0 across languages (stems never match).
    /// </summary>
    public double StemsBetween(StoryCentroid a, StoryCentroid b)
    {
        bool oneLanguage = a.Languages.Count == 1 && b.Languages.Count == 1 && a.Languages.Overlaps(b.Languages);
        if (!oneLanguage) return 0;
        LoadStory(a);
        var dense = _storyDot;
        var ids = b.TermIds;
        var terms = b.Terms;
        var sums = b.Sums;
        double dot = 0;
        for (int i = 0; i < ids.Length; i++)
        {
            float t = dense[ids[i]];
            if (t != 0 && terms[i].Kind == FeatureKind.Stem) dot += sums[i] * t;
        }
        if (dot <= 0) return 0;
        double n1 = Norms(a).All, n2 = Norms(b).All;
        return n1 <= 0 || n2 <= 0 ? 0 : dot / (n1 * n2);
    }

    // The story last loaded for Between: its summed weight × IDF² by term id (zero elsewhere), and the ids to clear.
    private float[] _storyDot = new float[1024];
    private readonly List<int> _storyDotIds = [];
    private StoryCentroid? _storyLoaded;
    private int _storyLoadedVersion;
    private double _storyLoadedDocuments;

    private void LoadStory(StoryCentroid story)
    {
        if (ReferenceEquals(_storyLoaded, story) && _storyLoadedVersion == story.Version && _storyLoadedDocuments == _vocabulary.Documents) return;
        foreach (int id in _storyDotIds) _storyDot[id] = 0;
        _storyDotIds.Clear();
        if (_storyDot.Length < _vocabulary.IdLimit) _storyDot = new float[Math.Max(_vocabulary.IdLimit, _storyDot.Length * 2)];
        var terms = story.Terms;
        var sums = story.Sums;
        for (int i = 0; i < terms.Length; i++)
        {
            float idf = _vocabulary.Idf(terms[i]);
            _storyDot[terms[i].Id] = sums[i] * idf * idf;
            _storyDotIds.Add(terms[i].Id);
        }
        (_storyLoaded, _storyLoadedVersion, _storyLoadedDocuments) = (story, story.Version, _vocabulary.Documents);
    }

    /// <summary>Between for stories with text in several languages, or in different ones (rare): term by term.</summary>
    private double BetweenLanguages(StoryCentroid a, StoryCentroid b)
    {
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        bool shareLanguage = small.Languages.Overlaps(large.Languages);
        double dot = 0;
        var smallTerms = small.Terms;
        var smallSums = small.Sums;
        for (int i = 0; i < smallTerms.Length; i++)
        {
            var term = smallTerms[i];
            float s = smallSums[i];
            if (!shareLanguage && !term.IsLanguageIndependent) continue;
            if (large.TryGetSum(term, out var t))
            {
                float idf = _vocabulary.Idf(term);
                dot += s * t * idf * idf;
            }
        }
        if (dot <= 0) return 0;
        double n1 = shareLanguage ? SharedNorm(small, large) : Norms(small).Independent;
        double n2 = shareLanguage ? SharedNorm(large, small) : Norms(large).Independent;
        return n1 <= 0 || n2 <= 0 ? 0 : dot / (n1 * n2);
    }

    /// <summary>Norm of a story over names, numbers and stems of the languages the other story has text in.</summary>
    private double SharedNorm(StoryCentroid story, StoryCentroid other) =>
        NormOver(story, term => other.Languages.Any(term.IsStemOf));

    // Language-independent terms (names, numbers) always count; a stem counts when the caller's test says its
    // language is comparable. Only mixed-language stories come here, so the delegate is off the usual path.
    private double NormOver(StoryCentroid story, Func<Term, bool> comparableStem)
    {
        double norm = 0;
        var terms = story.Terms;
        var sums = story.Sums;
        for (int i = 0; i < terms.Length; i++)
        {
            var term = terms[i];
            if (!term.IsLanguageIndependent && !comparableStem(term)) continue;
            float c = sums[i] * _vocabulary.Idf(term);
            norm += c * c;
        }
        return Math.Sqrt(norm);
    }
}

/// <summary>
/// An article's heaviest features, heaviest first: <see cref="Weights"/> = weight × IDF (the vector compared),
/// <see cref="DotWeights"/> = weight × IDF² (ready for a dot product with a centroid's raw sums), and the
/// vector's norms over all features and over names and numbers only. <see cref="RawWeights"/> are the
/// pre-IDF weights of the same terms: what a story centroid sums.
/// The arrays may be a <see cref="StorySimilarity"/>'s reused buffers: only their first <see cref="Count"/> entries count.
/// </summary>
internal sealed class WeightedArticle(TermVector article, Term[] terms, float[] weights, float[] dotWeights, float[] rawWeights, int count, double norm, double independentNorm)
{
    public TermVector Article { get; } = article;
    public int Count { get; } = count;
    public ReadOnlySpan<Term> Terms => terms.AsSpan(0, Count);
    public ReadOnlySpan<float> Weights => weights.AsSpan(0, Count);
    public ReadOnlySpan<float> DotWeights => dotWeights.AsSpan(0, Count);
    public ReadOnlySpan<float> RawWeights => rawWeights.AsSpan(0, Count);
    public double Norm { get; } = norm;
    public double IndependentNorm { get; } = independentNorm;
}
