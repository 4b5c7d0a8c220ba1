namespace Recoupe.Stories;

/// <summary>
/// The named settings of <see cref="OnlineStoryAssigner"/>. Thresholds come from the grid search in
/// `Recoupe.Bench stream tune` over RPM2 (several shuffles); see bench/Recoupe.Bench/Stream/README.md.
/// </summary>
public sealed record StoryAssignerOptions
{
    public static readonly StoryAssignerOptions Default = new();

    // --- features
    /// <summary>How much a title word counts against a body word.</summary>
    public float TitleWeight { get; init; } = 3f;
    /// <summary>Multiplier of proper-name features (capitalised runs and recognised entities).</summary>
    public float NameWeight { get; init; } = 1f;
    /// <summary>
    /// Weight of a recognised entity's mention whose name the capitalisation pass did not already find
    /// (those found by both count once, see ProfileExtractor.AddEntities).
    /// </summary>
    public float EntityWeight { get; init; } = 1f;
    /// <summary>
    /// How much less a name weighs for being held by several active stories: its IDF is multiplied by
    /// (ln((S + 1) / k) / ln(S + 1))^this for a name in k of the S active stories (see <see cref="Vocabulary.Idf"/>), so
    /// that a person or place in the news for many reasons is weak evidence and the event's own words, numbers and rarer
    /// names carry the decision. 0 (the default): names weigh by IDF over articles alone. Off because it lost the
    /// held-out comparison on RPM2 dev (2026-12-07, `RECOUPE_CLUSTERING_VARIANTS`, rules re-tuned on each training half):
    /// at 1, mean topic F1 0.9825 (P 0.985) but worst run 0.897 against 0.9823 / 0.909 without; on the whole 12-topic
    /// stream it lowered precision as well as recall at every threshold tried (0.94–0.96 against 0.98): with names
    /// weaker, generic content words link unrelated stories. See the Stories README.
    /// </summary>
    public double CommonNameDiscount { get; init; }
    /// <summary>Extra factor for place entities: countries and capitals are shared by many unrelated stories.</summary>
    public float PlaceEntityWeight { get; init; } = 1f;
    /// <summary>
    /// Leave out the words of a multi-word name that the article also writes in lower case ("Banque" of "Banque
    /// Populaire" where "banque" occurs): common nouns, already counted as stems, that would link unrelated stories.
    /// </summary>
    public bool SkipCommonNameWords { get; init; } = true;
    /// <summary>
    /// Multiplier of number features. Amounts and counts ("751 millions") name an event as well as its words do,
    /// and link articles across languages; `stream tune` moved it from 0.5 to 1 (see the stream README).
    /// </summary>
    public float NumberWeight { get; init; } = 1f;
    /// <summary>Text beyond this many characters is not read (bounded time on hostile input).</summary>
    public int MaxTextChars { get; init; } = 40_000;

    // --- decisions
    /// <summary>
    /// The learned join/new decision for candidates in the article's language (<see cref="StoryJoinModel.Shipped"/>,
    /// models/story-join.tsv, trained and selected by cross-validation over RPM2 topics); null (the default): the
    /// threshold rules below. Candidates in another language are decided by <see cref="JoinThreshold"/> either way.
    /// Not the default because it lost the fair held-out comparison on RPM2 dev (`eval clustering`, 2026-12-06: topic
    /// halves held out, each clustered with settings chosen on the other half only: model 0.968 mean topic B-cubed F1,
    /// worst run 0.903, P 0.965; rules re-tuned on the other half 0.975, worst 0.899, P 0.960), although it wins in
    /// sample on the 12-topic stream (0.983 against 0.9795).
    /// </summary>
    public StoryJoinModel? JoinModel { get; init; }
    /// <summary>Similarity (cosine, TF-IDF, time-decayed) at or above which an article joins a story.</summary>
    public double JoinThreshold { get; init; } = 0.15;
    /// <summary>
    /// Lower bar for joining a story of <see cref="DominantMinArticles"/> or more articles that scores at least <see cref="DominanceRatio"/>
    /// times any other story: side aspects of a big story match it weakly, but match nothing else.
    /// </summary>
    public double DominantJoinThreshold { get; init; } = 0.08;
    public double DominanceRatio { get; init; } = 2.0;
    /// <summary>
    /// The fewest articles a story needs for the lower bar of <see cref="DominantJoinThreshold"/>: the bar is for side
    /// aspects of an established story; a story of two or three articles that is merely the only one of its kind (the
    /// first earthquake of the week) must not take the next event of that kind on weak evidence. Chosen on RPM2 dev by
    /// the held-out topic halves (`RuleCrossValidation`, thresholds re-tuned on the other half; 2026-12-06): 2 (before)
    /// 0.9751 mean topic F1 / worst run 0.899 / P 0.960; 3: 0.9753; 4: 0.9785; 6: 0.9823 / 0.909 / 0.974; 8: 0.9819;
    /// 12: 0.9807; rule off: 0.9779 / 0.898. In-sample on the 12-topic stream all give 0.9804 (worst order 0.963).
    /// </summary>
    public int DominantMinArticles { get; init; } = 6;
    /// <summary>
    /// The least share of an article's same-language match with the story it would join that must come from content-word
    /// stems (the rest: names and numbers); below it the article starts a new story. 0: no such rule (the default until
    /// a held-out measurement says otherwise; see the Stories README).
    /// </summary>
    public double MinContentShare { get; init; }
    /// <summary>
    /// A second story that the article also matches at this level, and whose centroid is at least
    /// <see cref="MergeCentroidThreshold"/> like the chosen one, is merged into it.
    /// </summary>
    public double MergeArticleThreshold { get; init; } = 0.05;
    public double MergeCentroidThreshold { get; init; } = 0.28;
    /// <summary>
    /// The centroid resemblance two established stories (each of at least <see cref="DominantMinArticles"/> articles)
    /// need to be merged by an article that matches both; null (the default): <see cref="MergeCentroidThreshold"/>, as for
    /// any two stories. Two stories that each grew to that size apart have been told apart by many decisions; a single
    /// bridging article merging them is the one step that fuses two events wholesale, and whether that article comes
    /// while both are big depends on arrival order. See the Stories README for its measurement.
    /// </summary>
    public double? EstablishedMergeThreshold { get; init; }
    /// <summary>
    /// Whether a young story (fewer than <see cref="DominantMinArticles"/> articles) may be merged below
    /// <see cref="MergeCentroidThreshold"/>, at that bar times sqrt(n / DominantMinArticles) for n articles, when the
    /// other story is the one it resembles most (experimental, off: see the Stories README).
    /// </summary>
    public bool SizeAwareMerge { get; init; }
    /// <summary>With <see cref="SizeAwareMerge"/>: the young story's bar is met by the content-word part of the resemblance alone.</summary>
    public bool YoungMergeOnContent { get; init; }
    /// <summary>With <see cref="SizeAwareMerge"/>: the young story goes only into a story <see cref="MinorSizeRatio"/> times its size.</summary>
    public bool YoungMergeSizeRatio { get; init; }
    /// <summary>
    /// The centroid similarity enough to take a minor story (at most <see cref="MinorStoryArticles"/> articles: side
    /// articles, or ones that came before their story had formed) into one of at least <see cref="MinorSizeRatio"/>
    /// times its articles, when that story is also the one it resembles most (see MinorMergeMargin). `stream tune`
    /// (grid of 90, 2026-11-25 evening): lone merge 0.11–0.15 with minor stories of up to 2 articles and a taker six
    /// times bigger form a plateau (mean topic F1 0.981, worst order 0.963–0.967); 0.13 is its middle. A taker only
    /// twice as big let young stories swallow the first article of a neighbouring topic and grow into it.
    /// Re-run after the organisation rules of the same evening changed the entity features: a taker four times bigger
    /// is now best at 0.11–0.13 (mean 0.979–0.981, worst 0.967; six times: 0.976), and the two-fold check picks
    /// ratio 4 at 0.13 on odd topics (held-out 0.953) and ratio 6 at 0.11 on even ones (0.945).
    /// </summary>
    public double LoneArticleMergeThreshold { get; init; } = 0.13;
    /// <summary>Stories of at most this many articles are minor (see LoneArticleMergeThreshold).</summary>
    public int MinorStoryArticles { get; init; } = 2;
    /// <summary>A minor story is taken in only by a story of at least this many times its articles.</summary>
    public int MinorSizeRatio { get; init; } = 4;
    /// <summary>
    /// A minor story is taken in below MergeCentroidThreshold only if it resembles the taking story this many times
    /// more than any other active story it could go to.
    /// </summary>
    public double MinorMergeMargin { get; init; } = 1.0;
    /// <summary>
    /// Score multiplier for an article in a language the story has no text in: only names and numbers compare
    /// then, and each text also has capitalised words of its own language (German nouns, English "Prefect")
    /// that can never match, so the cosine runs lower than within one language for the same closeness.
    /// </summary>
    public double CrossLingualWeight { get; init; } = 1.5;

    // --- time
    /// <summary>Days after which the similarity to a story is halved (gap from the story's last article).</summary>
    public double DecayHalfLifeDays { get; init; } = 14;
    /// <summary>A story with no article for this long goes quiet: it leaves the index and takes no more articles.</summary>
    public double QuietAfterDays { get; init; } = 30;

    // --- bounds
    /// <summary>Features kept per story centroid (the heaviest by TF-IDF).</summary>
    public int CentroidTerms { get; init; } = 150;
    /// <summary>
    /// An article adds its heaviest this many features to its story's centroid (0: all of them); the tail would
    /// be pruned from the centroid anyway after costing postings and a sort.
    /// </summary>
    public int CentroidArticleTerms { get; init; } = 0;
    /// <summary>Article features compared with stories (the heaviest by TF-IDF).</summary>
    public int ArticleTerms { get; init; } = 200;
    /// <summary>Article features used to look up candidate stories (the heaviest by TF-IDF).</summary>
    public int QueryTerms { get; init; } = 30;
    /// <summary>Terms posted in more stories than this are too common to find candidates with.</summary>
    public int MaxPostings { get; init; } = 500;
    /// <summary>Candidate stories scored in full per article.</summary>
    public int MaxCandidates { get; init; } = 15;
    /// <summary>
    /// Stories held in memory at most (a centroid with its postings is about 10 KB); the least recently active
    /// go quiet first. The quiet window normally bounds them; this cap holds for undated streams too.
    /// </summary>
    public int MaxActiveStories { get; init; } = 20_000;
    /// <summary>Distinct terms whose document frequency is tracked; counts are halved when exceeded.</summary>
    public int MaxVocabulary { get; init; } = 200_000;
}
