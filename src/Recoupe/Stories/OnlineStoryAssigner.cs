using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Recoupe.Model;
using Recoupe.Stories.Features;

namespace Recoupe.Stories;

/// <summary>
/// Online story clustering. An article is compared with the recent stories that share its heaviest terms
/// (inverted index with posting caps), scored by TF-IDF cosine with time decay, and joins the best story
/// above <see cref="StoryAssignerOptions.JoinThreshold"/>, or starts a new one. When it also matches a
/// second story whose centroid resembles the chosen one, the two are merged. Stories quiet for
/// <see cref="StoryAssignerOptions.QuietAfterDays"/> (or beyond the active cap) leave the index, so time
/// and memory per article do not grow with history. One instance per engine; not thread-safe.
/// </summary>
public sealed class OnlineStoryAssigner : IStoryAssigner
{
    private const int SweepEvery = 512;

    private readonly StoryAssignerOptions _options;
    private readonly ProfileExtractor _extractor;
    private readonly Vocabulary _vocabulary;
    private readonly StorySimilarity _similarity;
    private readonly StoryIndex _index = new();
    private readonly TermCounts _counts;
    private readonly Dictionary<long, long> _aliases = new();
    private Pending? _pending;
    private DateTime _streamNow = DateTime.MinValue;
    private long _arrivals;

    public OnlineStoryAssigner() : this(StoryAssignerOptions.Default) { }

    public OnlineStoryAssigner(StoryAssignerOptions options)
    {
        _options = options;
        _extractor = new ProfileExtractor(options);
        _vocabulary = new Vocabulary(options.MaxVocabulary, options.CommonNameDiscount, _index);
        _counts = new TermCounts(_vocabulary);
        _similarity = new StorySimilarity(options, _vocabulary);
    }

    /// <summary>Stories currently in the index (for tests and benchmarks: it must stay bounded).</summary>
    public int ActiveStories => _index.Count;
    public int Vocabulary => _vocabulary.Count;

    public StoryDecision Decide(AnalyzedArticle article) => Decide(article, null, ProfileOf(article, scratch: true));

    /// <summary><see cref="Decide(AnalyzedArticle)"/> from cached features (the start-up snapshot's exact replay).</summary>
    public StoryDecision Decide(ArticleFeatures features) => Decide(null, features, VectorOf(features));

    /// <summary><see cref="Replay(AnalyzedArticle, long, ImmutableArray{long})"/> from cached features.</summary>
    public void Replay(ArticleFeatures features, long storyId, ImmutableArray<long> merged) => Apply(null, features, storyId, merged);

    /// <summary>The features of the article last committed or replayed (what a snapshot keeps of it).</summary>
    public ArticleFeatures? LastFeatures { get; private set; }

    internal StoryAssignerOptions Options => _options;

    /// <summary>For diagnosis: the centroid resemblance of two active stories (NaN when either is not active).</summary>
    internal double Resemblance(long a, long b) =>
        _index.TryGet(Resolve(a), out var x) && _index.TryGet(Resolve(b), out var y) ? _similarity.Between(x, y) : double.NaN;

    private StoryDecision Decide(AnalyzedArticle? article, ArticleFeatures? features, TermVector profile)
    {
        // The pending decision is replaced here, so the vector buffers it held can take this article's.
        var weighted = _similarity.Weigh(profile, scratch: true);
        var scored = ScoreCandidates(weighted);
        int chosen = scored.Count == 0 ? -1
            : _options.JoinModel is { } model ? ModelChoice(model, weighted, scored, profile.Language)
            : IsJoin(weighted, scored, profile.Language) ? 0 : -1;
        if (chosen < 0)
        {
            _pending = new Pending(article, features, weighted, []);
            return StoryDecision.NewStory(scored.Count == 0 ? 0 : scored[0].Score);
        }

        var best = scored[chosen];
        bool merges = _options.JoinModel?.Merges ?? true;
        ImmutableArray<long>.Builder? merged = null; // most joins merge nothing: no builder for them
        for (int i = 0; i < scored.Count && merges; i++)
        {
            if (i == chosen) continue;
            var (other, score) = scored[i];
            if (score < _options.MergeArticleThreshold) break;
            double resemblance = _similarity.Between(best.Story, other);
            if (resemblance >= MergeBar(best.Story, other)
                || IsMinorOf(other, best.Story) && resemblance >= _options.LoneArticleMergeThreshold && IsClosestTo(other, best.Story, resemblance)
                || _options.SizeAwareMerge && IsYoungMerge(best.Story, other, resemblance))
                (merged ??= ImmutableArray.CreateBuilder<long>()).Add(other.Id);
        }
        _pending = new Pending(article, features, weighted, merged?.ToImmutable() ?? []);
        return new StoryDecision(best.Story.Id, best.Score, _pending.Merged);
    }

    /// <summary>
    /// The centroid resemblance two stories need to be merged: <see cref="StoryAssignerOptions.MergeCentroidThreshold"/>,
    /// or <see cref="StoryAssignerOptions.EstablishedMergeThreshold"/> when both are established (see there).
    /// </summary>
    private double MergeBar(StoryCentroid a, StoryCentroid b) =>
        _options.EstablishedMergeThreshold is { } established
        && a.Articles >= _options.DominantMinArticles && b.Articles >= _options.DominantMinArticles
            ? Math.Max(established, _options.MergeCentroidThreshold)
            : _options.MergeCentroidThreshold;

    /// <summary>
    /// The merge bar when the smaller story is young (<see cref="StoryAssignerOptions.SizeAwareMerge"/>): the centroid of n
    /// articles is a noisy sample of its event's, and its cosine with a sibling story's grows with n, so the bar of two
    /// established stories is scaled by sqrt(n / DominantMinArticles) for a smaller story of n articles.
    /// </summary>
    private double YoungMergeBar(StoryCentroid a, StoryCentroid b)
    {
        int n = Math.Min(a.Articles, b.Articles);
        return n >= _options.DominantMinArticles ? double.PositiveInfinity
            : _options.MergeCentroidThreshold * Math.Sqrt((double)n / _options.DominantMinArticles);
    }

    /// <summary>
    /// <see cref="StoryAssignerOptions.SizeAwareMerge"/>: the content-word part of the resemblance reaches the young story's
    /// bar (two events told with the same names share names, not words), and the older story is the one the young
    /// one resembles most.
    /// </summary>
    private bool IsYoungMerge(StoryCentroid a, StoryCentroid b, double resemblance)
    {
        double bar = YoungMergeBar(a, b);
        if (resemblance < bar) return false;
        // Only into a story several times its size, as for minor stories: two young stories of a size may be two events.
        if (_options.YoungMergeSizeRatio && Larger(a, b).Articles < _options.MinorSizeRatio * Smaller(a, b).Articles) return false;
        double measured = _options.YoungMergeOnContent ? _similarity.StemsBetween(a, b) : resemblance;
        return measured >= bar && IsClosestTo(Smaller(a, b), Larger(a, b), resemblance);
    }

    private static StoryCentroid Smaller(StoryCentroid a, StoryCentroid b) => a.Articles < b.Articles || a.Articles == b.Articles && a.Id > b.Id ? a : b;
    private static StoryCentroid Larger(StoryCentroid a, StoryCentroid b) => ReferenceEquals(Smaller(a, b), a) ? b : a;

    public void Commit(AnalyzedArticle article, long storyId) => Apply(article, null, storyId, null);

    /// <summary>
    /// <see cref="Commit"/> with the merges the store recorded for the article instead of those of the pending
    /// decision. The engine replays an assignment by deciding the article again (the scoring path refreshes cached
    /// IDF values and norms, so the replay touches the caches as the original decision did) and then applying what
    /// was recorded: from the same state, the same decision; from a state rebuilt from a window of the history, the
    /// store's decision still holds.
    /// </summary>
    public void Replay(AnalyzedArticle article, long storyId, ImmutableArray<long> merged) => Apply(article, null, storyId, merged);

    private void Apply(AnalyzedArticle? article, ArticleFeatures? features, long storyId, ImmutableArray<long>? recordedMerges)
    {
        var pending = _pending is null ? null
            : features is not null ? (ReferenceEquals(_pending.Features, features) ? _pending : null)
            : IsPendingArticle(article!) ? _pending : null;
        _pending = null;
        var weighted = pending?.Weighted ?? _similarity.Weigh(features is not null ? VectorOf(features) : ProfileOf(article!));
        LastFeatures = features ?? FeaturesOf(weighted.Article);
        storyId = Resolve(storyId);
        var story = AddToStory(weighted, storyId);
        var merges = recordedMerges ?? pending?.Merged ?? [];
        if (!merges.IsDefault)
            foreach (var id in merges) Merge(story, Resolve(id));
        SweepIfDue();
    }

    public void Restore(AnalyzedArticle article, long storyId)
    {
        var profile = ProfileOf(article);
        if (_streamNow != DateTime.MinValue && ArticleTime.GapDays(profile.Time, _streamNow, _streamNow) > _options.QuietAfterDays
            && profile.Time.Hi < _streamNow) return; // older than the window: would be evicted at once
        AddToStory(_similarity.Weigh(profile), Resolve(storyId));
        SweepIfDue();
    }

    /// <summary>
    /// The article Commit receives may be a copy of the one decided on (the store gives it an id): same
    /// content, new record. Compare what the decision was made on, not the reference.
    /// </summary>
    /// <summary>
    /// A few articles left behind (they came before their story had formed, or cover a side aspect of it) that a
    /// story several times their size (an established story: a young one may be the wrong half of a pair) may take in on less resemblance than two grown stories need to merge.
    /// </summary>
    private bool IsMinorOf(StoryCentroid minor, StoryCentroid story) =>
        minor.Articles <= _options.MinorStoryArticles && story.Articles >= _options.MinorSizeRatio * minor.Articles;

    /// <summary>
    /// Whether <paramref name="story"/> is, by a margin, the active story that <paramref name="minor"/> resembles
    /// most: a side story sits between neighbouring stories (a bank story's household-credit article also
    /// resembles the other bank stories), and the lower bar for minor stories must not let the wrong neighbour
    /// take it. The neighbours are found like an article's candidates, from the minor story's heaviest terms.
    /// </summary>
    private bool IsClosestTo(StoryCentroid minor, StoryCentroid story, double resemblance)
    {
        _centroidQuery.Clear();
        minor.TopTerms(_options.QueryTerms, _options.MaxPostings, _vocabulary, _centroidQuery);
        var neighbours = _index.Candidates(CollectionsMarshal.AsSpan(_centroidQuery), _options.MaxPostings, _options.MaxCandidates);
        foreach (var neighbour in neighbours)
        {
            if (ReferenceEquals(neighbour, minor) || ReferenceEquals(neighbour, story)) continue;
            if (_options.MinorMergeMargin * _similarity.Between(minor, neighbour) > resemblance) return false;
        }
        return true;
    }

    private readonly List<(Term Term, float Weight)> _centroidQuery = [];
    // Scratch of the decision path, reused from article to article (one assigner runs on one thread).
    private readonly List<(Term Term, float Weight)> _query = [];
    private readonly List<(StoryCentroid Story, double Score)> _scored = [];

    private bool IsPendingArticle(AnalyzedArticle article)
    {
        if (_pending!.Article is null) return false;
        var decided = _pending.Article.Article;
        return ReferenceEquals(_pending.Article, article)
            || decided.ContentHash == article.Article.ContentHash && decided.Published == article.Article.Published
               && decided.Language == article.Article.Language && decided.Title == article.Article.Title && decided.Text == article.Article.Text;
    }

    /// <summary>For diagnosis: the candidate stories of an article with their scores, best first (decides and commits nothing).</summary>
    public IReadOnlyList<(long StoryId, double Score)> Explain(AnalyzedArticle article)
    {
        return ScoreCandidates(_similarity.Weigh(Vectorize(article))).Select(s => (s.Story.Id, s.Score)).ToList();
    }

    private TermVector ProfileOf(AnalyzedArticle article, bool scratch = false)
    {
        if (_pending is not null && IsPendingArticle(article)) return _pending.Weighted.Article;
        var vector = Vectorize(article, scratch);
        var time = vector.Time;
        // An undated article stays undated: placing it at the newest date seen so far would make it depend on
        // arrival order and, mixed with live articles, cut it off (time decay) from the older story it is about.
        // With no time it joins by content alone (no distance in time is evidence either way). The date inferred for it
        // (Article.InferredDate: dateline, text, day received) is not read here: a guess, or the wall clock, must not put an
        // article into a story, or keep it out of one, by its date alone.
        if (time.IsKnown && time.Lo > _streamNow) _streamNow = time.Lo;
        return vector;
    }

    /// <summary>
    /// The article's features, counted straight under the vocabulary's terms (see <see cref="TermCounts"/>).
    /// <paramref name="scratch"/>: in the counter's reused buffers, valid until the next scratch vector: only for the
    /// decision path, whose vector lives until its Commit (the next Decide replaces the pending one anyway).
    /// </summary>
    private TermVector Vectorize(AnalyzedArticle article, bool scratch = false)
    {
        _counts.Clear();
        var language = _extractor.ExtractInto(article, _counts);
        var time = ProfileExtractor.TimeOf(article.Article.Published);
        if (!scratch)
        {
            var (terms, weights) = _counts.ToVector(_extractor);
            return new TermVector(language, terms, weights, time);
        }
        var (buffer, bufferWeights, count) = _counts.ToScratchVector(_extractor);
        return new TermVector(language, buffer, bufferWeights, count, time);
    }

    /// <summary>
    /// The learned decision (<see cref="StoryJoinModel"/>): the index in <paramref name="scored"/> of the story to join,
    /// or -1 for a new story. Candidates in the article's language are scored by the model; when it joins none, the
    /// best candidate in another language may still be joined by the cross-lingual rule (names and numbers only, the
    /// model never saw such pairs).
    /// </summary>
    private int ModelChoice(StoryJoinModel model, WeightedArticle article, List<(StoryCentroid Story, double Score)> scored, string language)
    {
        Span<float> x = stackalloc float[StoryJoinFeatures.Count];
        int chosen = -1;
        double bestValue = double.NegativeInfinity;
        for (int i = 0; i < scored.Count; i++)
        {
            var story = scored[i].Story;
            if (!story.Languages.Contains(language)) continue;
            StoryJoinFeatures.Fill(x, _similarity.ScoreParts(article, story), story.Articles);
            double value = model.Ranker.Score(x);
            if (value > bestValue) (bestValue, chosen) = (value, i);
        }
        if (chosen >= 0 && bestValue > model.Threshold) return chosen;
        for (int i = 0; i < scored.Count; i++)
            if (!scored[i].Story.Languages.Contains(language)) return scored[i].Score >= _options.JoinThreshold ? i : -1;
        return -1;
    }

    /// <summary>
    /// For training the join model: the features of the article against each of its candidate stories in its language
    /// (the story ids, and one vector each); decides and commits nothing.
    /// </summary>
    internal List<(long StoryId, float[] Features)> JoinFeatures(AnalyzedArticle article)
    {
        var weighted = _similarity.Weigh(ProfileOf(article));
        var scored = ScoreCandidates(weighted);
        string language = weighted.Article.Language;
        var result = new List<(long, float[])>();
        foreach (var (story, _) in scored)
        {
            if (!story.Languages.Contains(language)) continue;
            var x = new float[StoryJoinFeatures.Count];
            StoryJoinFeatures.Fill(x, _similarity.ScoreParts(weighted, story), story.Articles);
            result.Add((story.Id, x));
        }
        return result;
    }

    /// <summary>
    /// Join the best story when it is close enough, or when it is at least fairly close and clearly ahead of
    /// every other story: an article on a side aspect of a big story matches it weakly but matches nothing else.
    /// </summary>
    private bool IsJoin(WeightedArticle article, List<(StoryCentroid Story, double Score)> scored, string language)
    {
        double best = scored[0].Score;
        if (!HasContentEvidence(article, scored[0].Story, language)) return false;
        if (best >= _options.JoinThreshold) return true;
        double second = scored.Count > 1 ? scored[1].Score : 0;
        // Only within a language: across languages the evidence is a handful of names and numbers.
        return best >= _options.DominantJoinThreshold && scored[0].Story.Articles >= _options.DominantMinArticles && best >= _options.DominanceRatio * second
            && scored[0].Story.Languages.Contains(language);
    }

    /// <summary>
    /// Whether the content words carry enough of the article's match with the story (<see cref="StoryAssignerOptions.MinContentShare"/>):
    /// a match made mostly of shared names (the same minister in the news for two unrelated reasons) is a person, not an
    /// event. Across languages only names and numbers can match, so the rule does not apply there.
    /// </summary>
    private bool HasContentEvidence(WeightedArticle article, StoryCentroid story, string language)
    {
        if (_options.MinContentShare <= 0 || !story.Languages.Contains(language)) return true;
        var (stems, names, numbers) = _similarity.ScoreParts(article, story);
        double total = stems + names + numbers;
        return total <= 0 || stems >= _options.MinContentShare * total;
    }

    /// <summary>The candidates of the article, scored, best first: in a list the assigner reuses (valid until the next call).</summary>
    private List<(StoryCentroid Story, double Score)> ScoreCandidates(WeightedArticle article)
    {
        var query = TopTerms(article, _options.QueryTerms, _options.MaxPostings, _query);
        var candidates = _index.Candidates(CollectionsMarshal.AsSpan(query), _options.MaxPostings, _options.MaxCandidates);
        var scored = _scored;
        scored.Clear();
        foreach (var story in candidates)
        {
            if (_similarity.IsOutOfWindow(article, story)) continue;
            scored.Add((story, _similarity.Score(article, story)));
        }
        // Ties break on the older story so that the outcome does not depend on dictionary order.
        scored.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Story.Id.CompareTo(b.Story.Id));
        return scored;
    }

    /// <summary>
    /// The heaviest of the article's terms that can find a story: posted in at least one active story and in
    /// no more than the posting cap (a never-seen word weighs most by IDF but leads nowhere).
    /// </summary>
    private static List<(Term Term, float Weight)> TopTerms(WeightedArticle article, int count, int maxPostings, List<(Term Term, float Weight)> query)
    {
        query.Clear();
        var terms = article.Terms;
        var weights = article.Weights;
        for (int i = 0; i < terms.Length && query.Count < count; i++)
        {
            var term = terms[i];
            if (term.StoryCount is > 0 and var c && c <= maxPostings) query.Add((term, weights[i]));
        }
        return query;
    }

    /// <summary>
    /// Every term of the article counts for document frequencies; only its heaviest (those it is compared on)
    /// go into the centroid: the tail would be pruned from it anyway, after costing postings and a sort.
    /// </summary>
    private StoryCentroid AddToStory(WeightedArticle weighted, long storyId)
    {
        var profile = weighted.Article;
        _vocabulary.CountDocument(profile.Terms);
        _arrivals++;
        bool known = _index.TryGet(storyId, out var story);
        if (!known) story = new StoryCentroid(storyId);
        _added.Clear();
        if (_options.CentroidArticleTerms > 0)
        {
            int n = Math.Min(_options.CentroidArticleTerms, weighted.Terms.Length);
            story.Add(weighted.Terms[..n], weighted.RawWeights[..n], profile.Language, profile.Time, _arrivals, _added);
        }
        else story.Add(profile.Terms, profile.Weights, profile.Language, profile.Time, _arrivals, _added);
        if (!known) _index.AddUnposted(story);
        PruneAndPost(story);
        return story;
    }

    // Scratch lists of the postings to add and remove; reused so that a commit allocates nothing for them.
    private readonly List<Term> _added = [];
    private readonly List<Term> _dropped = [];
    private long _marks;

    /// <summary>
    /// Prunes the centroid, then brings its postings in line: terms just added are posted unless the prune
    /// dropped them at once (most of a big story's new tail), and dropped terms that were posted are unposted.
    /// Posting every new term and unposting it again a moment later was a third of the commit's time.
    /// </summary>
    private void PruneAndPost(StoryCentroid story)
    {
        _dropped.Clear();
        if (!story.Prune(_options.CentroidTerms, _vocabulary, _dropped))
        {
            StoryIndex.Post(story, CollectionsMarshal.AsSpan(_added));
            return;
        }
        long added = ++_marks, addedThenDropped = ++_marks;
        foreach (var term in _added) term.Mark = added;
        foreach (var term in _dropped)
        {
            if (term.Mark == added) term.Mark = addedThenDropped;
            else term.RemoveStory(story.Slot);
        }
        foreach (var term in _added)
            if (term.Mark == added) term.AddStory(story.Slot);
    }

    private void Merge(StoryCentroid into, long otherId)
    {
        if (otherId == into.Id || !_index.TryGet(otherId, out var other)) return;
        _index.Remove(otherId);
        _added.Clear();
        into.Absorb(other, _added);
        PruneAndPost(into);
        _aliases[otherId] = into.Id;
    }

    private long Resolve(long id)
    {
        for (int hops = 0; hops < 64 && _aliases.TryGetValue(id, out var target); hops++) id = target;
        return id;
    }

    private void SweepIfDue()
    {
        _vocabulary.Bound();
        if (_arrivals % SweepEvery != 0 && _index.Count <= _options.MaxActiveStories) return;
        var quiet = new List<long>();
        if (_streamNow != DateTime.MinValue)
            foreach (var story in _index.Stories)
                if (story.LastHi != DateTime.MinValue && (_streamNow - story.LastHi).TotalDays > _options.QuietAfterDays)
                    quiet.Add(story.Id);
        foreach (var id in quiet) _index.Remove(id);

        if (_index.Count > _options.MaxActiveStories)
        {
            // Over the cap: the least recently fed stories go quiet first, down to 90% of the cap.
            var byRecency = _index.Stories.OrderBy(s => s.LastArrival).Select(s => s.Id).ToList();
            int excess = _index.Count - _options.MaxActiveStories * 9 / 10;
            for (int i = 0; i < excess; i++) _index.Remove(byRecency[i]);
        }
        if (_aliases.Count > 0)
            foreach (var alias in _aliases.Where(a => !_index.TryGet(a.Value, out _)).Select(a => a.Key).ToList())
                _aliases.Remove(alias);
    }

    private sealed record Pending(AnalyzedArticle? Article, ArticleFeatures? Features, WeightedArticle Weighted, ImmutableArray<long> Merged);

    /// <summary>A copy of a vector's keys and weights (the decision path's vector lives in reused buffers).</summary>
    private static ArticleFeatures FeaturesOf(TermVector vector)
    {
        var terms = vector.Terms;
        var keys = new string[terms.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = terms[i].Key;
        return new ArticleFeatures(vector.Language, vector.Time, keys, vector.Weights.ToArray());
    }

    /// <summary>
    /// The vector of cached features: the keys interned in the order the extraction met them (so new terms get the ids
    /// they would have got), the stream time advanced as <see cref="ProfileOf"/> does.
    /// </summary>
    private TermVector VectorOf(ArticleFeatures features)
    {
        var terms = new Term[features.Keys.Length];
        for (int i = 0; i < terms.Length; i++) terms[i] = _vocabulary.Intern(features.Keys[i]);
        var time = features.Time;
        if (time.IsKnown && time.Lo > _streamNow) _streamNow = time.Lo;
        return new TermVector(features.Language, terms, features.Weights, time);
    }
}
