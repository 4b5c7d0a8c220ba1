using System.Collections.Immutable;
using Recoupe.Language;
using Recoupe.Mentions;
using Recoupe.Mentions.Resolution;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// The story's articles cut into <see cref="SentenceUnit"/>s over one vocabulary of stems, with sentence-level
/// IDF (no background corpus at run time: words that every sentence of the story uses weigh little), the
/// entities merged across articles by the <see cref="IEntityResolver"/>, and each article's independence group.
/// </summary>
internal sealed class StoryCorpus
{
    private StoryCorpus(IReadOnlyList<AnalyzedArticle> articles, SentenceUnit[] units, ImmutableArray<ResolvedEntity> entities,
        Dictionary<(int Article, int Start, int End), int> entityOfMention, SourceIndependence independence,
        Dictionary<string, int> vocabulary, double[] idf, DateStamp? storyDate, bool[] attribution, ArticleSentences[] reads)
    {
        _reads = reads;
        StoryDate = storyDate;
        _vocabulary = vocabulary;
        _idf = idf;
        _attribution = attribution;
        Articles = articles;
        Units = units;
        Entities = entities;
        EntityOfMention = entityOfMention;
        Independence = independence;
        var byArticle = new List<SentenceUnit>[articles.Count];
        for (int a = 0; a < byArticle.Length; a++) byArticle[a] = [];
        foreach (var u in units) byArticle[u.ArticleIndex].Add(u);
        UnitsOfArticle = byArticle;
    }

    public IReadOnlyList<AnalyzedArticle> Articles { get; }
    private readonly ArticleSentences[] _reads;

    /// <summary>The story-independent reading of an article (kept by the briefs' cache), for what later steps read once per article.</summary>
    public ArticleSentences ReadOf(int articleIndex) => _reads[articleIndex];
    public SentenceUnit[] Units { get; }
    public IReadOnlyList<List<SentenceUnit>> UnitsOfArticle { get; }
    public ImmutableArray<ResolvedEntity> Entities { get; }
    public SourceIndependence Independence { get; }
    /// <summary>When the story is told: the commonest publication month of its dated articles (<see cref="TimeValues.StoryDate"/>).</summary>
    public DateStamp? StoryDate { get; }

    /// <summary>When an article was written: its publication date, else the story's.</summary>
    public DateStamp? ReportDateOf(SentenceUnit u) => ArticleOf(u).Published ?? StoryDate;
    public int VocabularySize => _vocabulary.Count;
    private readonly Dictionary<string, int> _vocabulary;
    private readonly double[] _idf;
    private readonly bool[] _attribution;

    /// <summary>Whether a term is an attribution word ("déclaré", "selon", "said"): <see cref="AttributionWords"/>, looked up once per story.</summary>
    public bool IsAttributionTerm(int term) => _attribution[term];
    private string[]? _stems;

    /// <summary>The sentence-level inverse document frequency of a term in this story.</summary>
    public double Idf(int term) => _idf[term];

    /// <summary>The stem a term id stands for.</summary>
    public string StemOf(int term)
    {
        if (_stems is null)
        {
            var stems = new string[_vocabulary.Count];
            foreach (var (stem, id) in _vocabulary) stems[id] = stem;
            _stems = stems;
        }
        return _stems[term];
    }
    private Dictionary<(int Article, int Start, int End), int> EntityOfMention { get; }

    private Support.PairTerms?[]? _pairTerms;

    /// <summary>A sentence's terms as the pair features weigh them under this story's IDF, made once per sentence (a race makes it twice, alike).</summary>
    public Support.PairTerms PairTermsOf(SentenceUnit u)
    {
        if (u.Index < 0 || u.Index >= Units.Length || !ReferenceEquals(Units[u.Index], u)) return Support.PairTerms.Of(this, u);
        var all = _pairTerms ??= new Support.PairTerms?[Units.Length];
        return all[u.Index] ??= Support.PairTerms.Of(this, u);
    }

    public Article ArticleOf(SentenceUnit u) => Articles[u.ArticleIndex].Article;

    /// <summary>The resolved entity of a mention of article <paramref name="articleIndex"/>, or -1.</summary>
    public int EntityOf(int articleIndex, EntityMention mention) =>
        EntityOfMention.TryGetValue((articleIndex, mention.Span.Start, mention.Span.End), out var e) ? e : -1;

    /// <summary>
    /// Words inside entity and time mentions weigh this much in the vectors: who is named (often only as the source
    /// of a statement) is compared through resolved entities, dates through their values; the rest is what is said.
    /// </summary>
    public const double NamedWeight = 0.5;

    /// <param name="cache">The story-independent reading of articles seen before (<see cref="ArticleAnalysisCache"/>); null reads every article.</param>
    public static StoryCorpus Build(IReadOnlyList<AnalyzedArticle> articles, IEntityResolver resolver, BriefOptions options,
        ArticleAnalysisCache? cache = null)
    {
        var entities = Resolve(articles, resolver, cache);
        var entityOfMention = new Dictionary<(int, int, int), int>();
        for (int e = 0; e < entities.Length; e++)
            foreach (var (articleId, mention) in entities[e].Mentions)
                entityOfMention.TryAdd(((int)articleId, mention.Span.Start, mention.Span.End), e);

        var vocabulary = new Dictionary<string, int>(StringComparer.Ordinal);
        var units = new List<SentenceUnit>();
        var storyDate = TimeValues.StoryDate(articles);
        int perArticle = Math.Min(options.MaxSentencesPerArticle, Math.Max(10, options.MaxSentences / Math.Max(1, articles.Count)));
        var reads = new ArticleSentences[articles.Count];
        for (int a = 0; a < articles.Count; a++)
        {
            var read = reads[a] = cache?.Get(articles[a], perArticle) ?? ArticleSentences.Read(articles[a], perArticle);
            AddArticleUnits(a, articles[a], read, perArticle, storyDate, vocabulary, entityOfMention, units);
        }

        var df = new int[vocabulary.Count];
        foreach (var u in units)
            foreach (var t in u.TermCounts.Keys) df[t]++;
        int n = Math.Max(1, units.Count);
        var idf = new double[df.Length];
        for (int t = 0; t < df.Length; t++) idf[t] = Math.Log((n + 1.0) / (df[t] + 0.5));
        var attribution = new bool[vocabulary.Count];
        foreach (var (stem, t) in vocabulary) attribution[t] = AttributionWords.IsAttribution(stem);
        foreach (var u in units)
        {
            var terms = new int[u.TermCounts.Count];
            var weights = new double[terms.Length];
            int k = 0;
            foreach (var (t, count) in u.TermCounts)
            {
                terms[k] = t;
                weights[k++] = (1 + Math.Log(count)) * idf[t] * (attribution[t] ? AttributionWords.Weight : 1.0)
                               * (Array.BinarySearch(u.PredicateTerms, t) >= 0 ? 1.0 : NamedWeight);
            }
            u.Vector = TermVector.FromWeights(terms, weights);
        }

        // Each sentence's 5-grams and each article's credits come with the article's cached reading.
        var shinglesOf = new List<long[]>[articles.Count];
        for (int a = 0; a < shinglesOf.Length; a++) shinglesOf[a] = [];
        foreach (var u in units) shinglesOf[u.ArticleIndex].Add(u.Reading!.Shingles);
        var independence = SourceIndependence.For(articles, shinglesOf, reads.Select(r => r.CreditedAgencies).ToArray(),
            reads.Select((r, a) => r.DistinctShingles(shinglesOf[a].Count)).ToArray());
        return new StoryCorpus(articles, units.ToArray(), entities, entityOfMention, independence, vocabulary, idf, storyDate, attribution, reads);
    }

    /// <summary>
    /// The story's entities. The resolver sees article positions as ids, so that unassigned (0) or repeated ids never merge two
    /// articles. With a cache and the default resolver, each article's mentions are grouped once (<see cref="ArticleEntities"/>, kept
    /// by the cache) and only the cross-document merge runs again: the same entities as resolving all mentions afresh.
    /// </summary>
    private static ImmutableArray<ResolvedEntity> Resolve(IReadOnlyList<AnalyzedArticle> articles, IEntityResolver resolver, ArticleAnalysisCache? cache)
    {
        bool any = false;
        foreach (var a in articles)
            foreach (var m in a.Annotations.Entities)
                any |= m.Span.End <= a.Article.Text.Length;
        if (!any) return ImmutableArray<ResolvedEntity>.Empty;
        if (cache is not null && resolver is EntityResolver merging)
            return merging.Resolve(articles.Select(cache.Entities).ToList());
        var mentions = new List<(long, string, EntityMention)>();
        for (int a = 0; a < articles.Count; a++)
            foreach (var m in articles[a].Annotations.Entities)
                if (m.Span.End <= articles[a].Article.Text.Length) mentions.Add((a, articles[a].Article.Text, m));
        return resolver.Resolve(mentions);
    }

    /// <summary>The word of a sentence that a term id stands for, as written ("négociations" for "négoci"), for readable labels.</summary>
    public string SurfaceOf(SentenceUnit u, int term)
    {
        var language = ArticleOf(u).Language;
        var stem = StemOf(term);
        foreach (var token in Tokenizer.Tokenize(u.Text))
            if (Stemmer.Stem(token.Lower, language) == stem) return token.Span.Of(u.Text);
        return stem;
    }

    /// <summary>The term id of a stem, or -1 when no sentence of the story has it.</summary>
    public int TermOf(string stem) => _vocabulary.TryGetValue(stem, out var term) ? term : -1;

    /// <summary>The word of a sentence whose stem is <paramref name="stem"/>, as written; the stem itself when the sentence has none.</summary>
    public string SurfaceOfStem(SentenceUnit u, string stem) =>
        _vocabulary.TryGetValue(stem, out var term) ? SurfaceOf(u, term) : stem;

    /// <summary>A TF-IDF vector of any text (a title) over the story's vocabulary; unknown stems are ignored.</summary>
    public TermVector Vectorize(string text, string language)
    {
        var stopwords = Stopwords.For(language);
        var weights = new Dictionary<int, double>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.IsNumber || stopwords.Contains(token.Lower)) continue;
            if (_vocabulary.TryGetValue(Stemmer.Stem(token.Lower, language), out var t))
                weights[t] = weights.GetValueOrDefault(t) + _idf[t];
        }
        return TermVector.FromWeights(weights);
    }

    private static void AddArticleUnits(int a, AnalyzedArticle analyzed, ArticleSentences read, int maxSentences, DateStamp? storyDate,
        Dictionary<string, int> vocabulary, Dictionary<(int, int, int), int> entityOfMention, List<SentenceUnit> units)
    {
        var article = analyzed.Article;
        var ann = analyzed.Annotations;
        int count = Math.Min(maxSentences, read.Sentences.Length);
        // Reused from sentence to sentence (every rebuild makes every unit again): the sentence's entities before sorting, its roles.
        var entityList = new List<int>();
        List<TextSpan>? roleSpans = null;
        for (int position = 0; position < count; position++)
        {
            var s = read.Sentences[position];
            var span = s.Span;
            entityList.Clear();
            roleSpans?.Clear();
            foreach (var mi in s.Mentions)
            {
                var m = ann.Entities[mi];
                if (m.RoleSpan is { } role) (roleSpans ??= []).Add(role);
                if (entityOfMention.TryGetValue((a, m.Span.Start, m.Span.End), out var e)) entityList.Add(e);
            }
            var roleEntities = roleSpans is { Count: > 0 } ? RoleOnlyEntities(a, ann.Entities, span, roleSpans, entityOfMention) : [];
            var times = TimesOf(s, ann, article.Published ?? storyDate);
            // The sentence's distinct stems in order of first use (read once per sentence, kept with the article): term ids are
            // given and counts inserted in that order, as a word-by-word pass would, so ids and the counts' order are the same.
            var stems = s.StemSet;
            var termOf = new int[stems.Stems.Length];
            var counts = new Dictionary<int, int>(termOf.Length);
            int predicates = 0;
            for (int i = 0; i < termOf.Length; i++)
            {
                var stem = stems.Stems[i];
                if (!vocabulary.TryGetValue(stem, out var term)) vocabulary[stem] = term = vocabulary.Count;
                termOf[i] = term;
                counts[term] = stems.Counts[i];
                if (stems.Predicate[i]) predicates++;
            }
            var predicate = predicates == 0 ? [] : new int[predicates];
            for (int i = 0, k = 0; k < predicates; i++)
                if (stems.Predicate[i]) predicate[k++] = termOf[i];
            var wordTerms = new int[s.Words.Length];
            for (int k = 0; k < wordTerms.Length; k++) wordTerms[k] = stems.WordIndex[k] < 0 ? -1 : termOf[stems.WordIndex[k]];
            Array.Sort(predicate);
            units.Add(new SentenceUnit
            {
                Index = units.Count,
                ArticleIndex = a,
                Position = position,
                Span = span,
                Text = s.Text,
                WordCount = s.Words.Length,
                Words = s.Words,
                WordTerms = wordTerms,
                Vector = TermVector.Empty,
                TermCounts = counts,
                PredicateTerms = predicate,
                EventClasses = stems.EventClasses,
                Families = stems.Families,
                Entities = SortedDistinct(entityList),
                RoleEntities = roleEntities,
                Quantities = s.Quantities,
                Times = times,
                Weekdays = s.Weekdays,
                IsBoilerplate = s.IsBoilerplate,
                IsHeadlineLike = s.IsHeadlineLike,
                Reading = s,
            });
        }
    }

    /// <summary>The sentence's time expressions with their values completed (as Select(...).ToImmutableArray() gave, without the iterator).</summary>
    private static ImmutableArray<TimeMention> TimesOf(SentenceTokens s, ArticleAnnotations ann, DateStamp? reportDate)
    {
        if (s.Times.Length == 0) return ImmutableArray<TimeMention>.Empty;
        var times = ImmutableArray.CreateBuilder<TimeMention>(s.Times.Length);
        foreach (var t in s.Times) times.Add(TimeValues.Complete(ann.Times[t], reportDate));
        return times.MoveToImmutable();
    }

    /// <summary>The distinct values ascending (what a SortedSet's ToArray gave).</summary>
    private static int[] SortedDistinct(List<int> values)
    {
        if (values.Count == 0) return [];
        values.Sort();
        int n = 1;
        for (int i = 1; i < values.Count; i++)
            if (values[i] != values[n - 1]) values[n++] = values[i];
        return values.GetRange(0, n).ToArray();
    }

    /// <summary>
    /// Entities named in the sentence only inside the role of a person ("la porte-parole du Comité de vigilance
    /// portuaire, Marianne Holtby"): they say who speaks, not what the sentence is about.
    /// </summary>
    private static int[] RoleOnlyEntities(int a, ImmutableArray<EntityMention> mentions, TextSpan sentence, List<TextSpan> roleSpans,
        Dictionary<(int, int, int), int> entityOfMention)
    {
        if (roleSpans.Count == 0) return [];
        var inRole = new SortedSet<int>();
        var elsewhere = new HashSet<int>();
        foreach (var m in mentions)
        {
            if (!sentence.Overlaps(m.Span) || !entityOfMention.TryGetValue((a, m.Span.Start, m.Span.End), out var e)) continue;
            bool role = false;
            foreach (var r in roleSpans)
                if (r.Start <= m.Span.Start && m.Span.End <= r.End) { role = true; break; }
            if (role) inRole.Add(e);
            else elsewhere.Add(e);
        }
        inRole.ExceptWith(elsewhere);
        return inRole.ToArray();
    }
}
