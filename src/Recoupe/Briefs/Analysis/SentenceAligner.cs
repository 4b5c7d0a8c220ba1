namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Aligns sentences of different articles that state the same thing: shared stems (cosine), shared
/// resolved entities, agreeing numbers and dates, predicate words of one paraphrase family ("se rendre" /
/// "voyage"), and who states them (one speaker's statement reworded is one fact; the same words from two
/// people are two). Across languages stems do not meet, so there the evidence is entities plus numbers, dates
/// or paraphrase families only. Candidates come from the similarity graph and an entity index: no all-pairs comparison.
/// </summary>
internal sealed class SentenceAligner
{
    private readonly StoryCorpus _corpus;
    private readonly SimilarityGraph _graph;
    private readonly List<int>[]? _byEntity;
    private readonly List<(SentenceUnit Other, double Score)>?[] _cache;
    private readonly (int[] Articles, int[] Units)?[] _bestByArticle;
    private readonly double _cacheFloor;
    private readonly bool[] _informative;
    private readonly double[] _entityWeight;
    private readonly double[] _familyWeight;
    private readonly StatementSpeakers _speakers;
    private readonly bool _multilingual;

    /// <summary>Sentences naming one entity are compared through the entity index only while it is this selective.</summary>
    private const int MaxEntityPostings = 60;

    /// <summary>Per shared paraphrase family (the two most selective), when the sentences share a participant.</summary>
    public const double FamilyBonus = 0.06;
    /// <summary>Per shared selective entity (at most three), and per shared entity the story names often (but not everywhere).</summary>
    public const double EntityBonus = 0.05, FrequentEntityBonus = 0.02;
    /// <summary>The person quoted in one sentence is quoted in the other without being named there (else the entity counts).</summary>
    public const double SameSpeakerBonus = 0.05;
    /// <summary>What is left of the entity and date evidence when the two predicates clash (see <see cref="Score"/>).</summary>
    public const double ClashShare = 0.25;
    /// <summary>Both sentences are quoted from people, and not the same people: two statements, however alike.</summary>
    public const double OtherSpeakerPenalty = 0.15;

    /// <param name="speakers">Who states each sentence; null when unknown.</param>
    public SentenceAligner(StoryCorpus corpus, SimilarityGraph graph, double cacheFloor, StatementSpeakers? speakers = null)
    {
        _corpus = corpus;
        _speakers = speakers ?? StatementSpeakers.Unknown;
        _graph = graph;
        _cacheFloor = cacheFloor;
        _cache = new List<(SentenceUnit, double)>?[corpus.Units.Length];
        _bestByArticle = new (int[], int[])?[corpus.Units.Length];
        // An entity named in a large share of the story's sentences (the countries of the story) says nothing
        // about whether two sentences state the same thing; rarer ones (a spokesperson, a city) do.
        var df = new int[corpus.Entities.Length];
        foreach (var u in corpus.Units)
            foreach (var e in u.Entities) df[e]++;
        int common = Math.Max(3, corpus.Units.Length / 5);
        _informative = df.Select(d => d <= common).ToArray();
        // The protagonists (named in up to twice that share) still tell "about them" from "about others", a little.
        _entityWeight = df.Select(d => d <= common ? EntityBonus : d <= 2 * common ? FrequentEntityBonus : 0).ToArray();
        // Likewise a family that most sentences use (talks, in a story about talks) tells nothing.
        var familyDf = new int[ParaphraseFamilies.Count];
        foreach (var u in corpus.Units)
            foreach (var f in u.Families) familyDf[f]++;
        _familyWeight = familyDf.Select(d => d <= common ? 1.0 : d <= 2 * common ? 0.5 : 0).ToArray();
        _multilingual = corpus.Articles.Select(a => a.Article.Language).Distinct().Count() > 1;
        if (corpus.Entities.Length > 0)
        {
            _byEntity = new List<int>[corpus.Entities.Length];
            foreach (var u in corpus.Units)
            {
                if (u.IsBoilerplate) continue;
                foreach (var e in u.Entities) (_byEntity[e] ??= []).Add(u.Index);
            }
        }
    }

    /// <summary>The lowest score kept in the per-sentence cache: asking for candidates from here costs nothing after the first time.</summary>
    public double Floor => _cacheFloor;

    public static double CacheFloor(BriefOptions options) =>
        options.FactAlignment * Math.Min(Facts.FactAligner.CohesionShare, Summary.Summarizer.SupportShare);

    /// <summary>How strongly two sentences state the same thing (0 = unrelated; about 1 = the same words).</summary>
    public double Score(SentenceUnit a, SentenceUnit b, double cosine)
    {
        double families = SharedFamilies(a.Families, b.Families);
        var (entities, entityTerm) = SharedParticipants(a, b, families > 0);
        int values = SharedNumbers(a, b) + SharedTimes(a, b);
        var (speaker, speakerBonus) = Speakers(a, b);
        double speakerTerm = speaker == SpeakerRelation.Different ? -OtherSpeakerPenalty : speakerBonus ? SameSpeakerBonus : 0;
        if (cosine < 0.02 && !SameLanguage(a, b))
            return entities >= 2 && (values >= 1 || families >= 2)
                ? Math.Max(0, 0.2 + 0.08 * Math.Min(entities, 3) + 0.05 * Math.Min(values, 2) + FamilyBonus * families + speakerTerm)
                : 0;
        // The same kind of event or statement (a visit, a meeting, a wish…) told of the same participants is the same
        // fact in other words; without a shared participant it is only a topic.
        double paraphrase = entityTerm > 0 || speaker == SpeakerRelation.Same ? FamilyBonus * families : 0;
        // The same people on the same day doing different things ("went to Berlin" / "denied arms sales in Berlin") are
        // two facts: when both predicates are known and have neither a family nor a word in common, names and dates weigh little.
        double structure = entityTerm + 0.05 * Math.Min(values, 2);
        if (families == 0 && a.Families.Length > 0 && b.Families.Length > 0 && !SharePredicateWord(a, b)) structure *= ClashShare;
        return Math.Max(0, cosine + structure + paraphrase + speakerTerm);
    }

    private bool SharePredicateWord(SentenceUnit a, SentenceUnit b)
    {
        int i = 0, j = 0;
        var x = a.PredicateTerms;
        var y = b.PredicateTerms;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                if (!AttributionWords.IsAttribution(_corpus.StemOf(x[i]))) return true;
                i++; j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return false;
    }

    public enum SpeakerRelation { Unknown, Same, Different }

    /// <summary>Whether the two sentences are said by the same voice, by different people, or neither is known.</summary>
    public SpeakerRelation SpeakerRelationOf(SentenceUnit a, SentenceUnit b) => Speakers(a, b).Relation;

    /// <summary>
    /// Different when both sentences quote people and none of one is quoted or named in the other. Same when a voice
    /// of one (a person quoted, or the institution they or the sentence speak for) is a voice of, or is named in, the
    /// other. The bonus is for a bond that the shared entities do not already count (a speaker named in only one).
    /// </summary>
    private (SpeakerRelation Relation, bool Bonus) Speakers(SentenceUnit a, SentenceUnit b)
    {
        var pa = _speakers.People(a);
        var pb = _speakers.People(b);
        if (pa.Length > 0 && pb.Length > 0 && Shared(pa, pb) == 0 && Shared(pa, b.Entities) == 0 && Shared(pb, a.Entities) == 0)
            return (SpeakerRelation.Different, false);
        var va = _speakers.Voices(a);
        var vb = _speakers.Voices(b);
        if (va.Length == 0 && vb.Length == 0) return (SpeakerRelation.Unknown, false);
        bool same = false, named = false;
        foreach (var e in va)
            if (Array.BinarySearch(vb, e) >= 0 || Array.BinarySearch(b.Entities, e) >= 0) { same = true; named |= NamedInBoth(e); }
        foreach (var e in vb)
            if (Array.BinarySearch(a.Entities, e) >= 0) { same = true; named |= NamedInBoth(e); }
        return same ? (SpeakerRelation.Same, !named) : (SpeakerRelation.Unknown, false);

        bool NamedInBoth(int e) => Array.BinarySearch(a.Entities, e) >= 0 && Array.BinarySearch(b.Entities, e) >= 0;
    }

    /// <summary>For one sentence: its best-aligned sentence in each other article, scoring at least <paramref name="minScore"/>.</summary>
    public IReadOnlyList<(SentenceUnit Other, double Score)> BestPerArticle(SentenceUnit u, double minScore)
    {
        if (u.Index < 0 || u.Index >= _cache.Length || minScore < _cacheFloor) return Compute(u, minScore);
        var all = _cache[u.Index] ??= Compute(u, _cacheFloor);
        if (all.Count == 0 || all[^1].Score >= minScore) return all;
        return all.Where(x => x.Score >= minScore).ToList();
    }

    /// <summary>
    /// The index of <paramref name="u"/>'s best-aligned sentence in article <paramref name="article"/> (scoring at least
    /// <see cref="Floor"/>), or -1: the entry of <see cref="BestPerArticle"/> for that article (it holds one per article), found by a
    /// binary search over the list sorted by article once per sentence, since the pair features ask it for every pair judged.
    /// </summary>
    public int BestIn(SentenceUnit u, int article)
    {
        if (u.Index < 0 || u.Index >= _bestByArticle.Length)
        {
            foreach (var (other, _) in BestPerArticle(u, _cacheFloor))
                if (other.ArticleIndex == article) return other.Index;
            return -1;
        }
        var (articles, units) = _bestByArticle[u.Index] ??= ByArticle(BestPerArticle(u, _cacheFloor));
        int at = Array.BinarySearch(articles, article);
        return at >= 0 ? units[at] : -1;
    }

    private static (int[] Articles, int[] Units) ByArticle(IReadOnlyList<(SentenceUnit Other, double Score)> best)
    {
        var articles = new int[best.Count];
        var units = new int[best.Count];
        for (int k = 0; k < best.Count; k++)
        {
            articles[k] = best[k].Other.ArticleIndex;
            units[k] = best[k].Other.Index;
        }
        Array.Sort(articles, units);
        return (articles, units);
    }

    private List<(SentenceUnit Other, double Score)> Compute(SentenceUnit u, double minScore)
    {
        // Each sentence's best per article, in the order articles were first met, then sorted by score (stable: equal scores keep
        // that order, as the dictionary and OrderByDescending of before gave). The slots and marks are the thread's own and reused,
        // since this runs for nearly every sentence of every rebuild.
        var scratch = _scratch ??= new AlignScratch();
        scratch.Start(_corpus.Articles.Count, _corpus.Units.Length);
        var found = scratch.Found;
        foreach (var (other, sim) in _graph.Neighbours[u.Index])
            Consider(_corpus.Units[other], sim);
        if (_byEntity is not null)
        {
            // Paraphrases share few words but the same participants: sentences naming the same selective entity are
            // candidates too (and across languages they are the only ones).
            foreach (var e in u.Entities)
            {
                var list = _byEntity[e];
                if (list is null || !_informative[e] && !_multilingual) continue;
                if (list.Count > MaxEntityPostings && !_multilingual || list.Count > 400) continue;
                foreach (var other in list)
                {
                    if (!scratch.FirstVisit(other) || other == u.Index) continue;
                    var v = _corpus.Units[other];
                    Consider(v, SameLanguage(u, v) ? u.Vector.Dot(v.Vector) : 0);
                }
            }
        }
        var order = scratch.Order(found.Count);
        order.Sort((x, y) =>
        {
            int c = found[y].Score.CompareTo(found[x].Score);
            return c != 0 ? c : x.CompareTo(y);
        });
        var result = new List<(SentenceUnit Other, double Score)>(found.Count);
        foreach (var k in order) result.Add(found[k]);
        return result;

        void Consider(SentenceUnit v, double cosine)
        {
            if (v.ArticleIndex == u.ArticleIndex || v.IsBoilerplate) return;
            var score = Score(u, v, cosine);
            if (score < minScore) return;
            int at = scratch.SlotOf(v.ArticleIndex);
            if (at < 0) scratch.Add(v.ArticleIndex, (v, score));
            else if (found[at].Score < score) found[at] = (v, score);
        }
    }

    [ThreadStatic] private static AlignScratch? _scratch;

    /// <summary>
    /// What <see cref="Compute"/> reuses from one sentence to the next on a thread: the slot of each article's best candidate and
    /// the units already visited, both stamped per call instead of cleared, and the candidates found.
    /// </summary>
    private sealed class AlignScratch
    {
        private int[] _slotStamp = [];
        private int[] _slot = [];
        private int[] _visited = [];
        private int _stamp;
        public readonly List<(SentenceUnit Other, double Score)> Found = [];
        private readonly List<int> _order = [];

        public void Start(int articles, int units)
        {
            if (_slotStamp.Length < articles) { _slotStamp = new int[articles]; _slot = new int[articles]; }
            if (_visited.Length < units) _visited = new int[units];
            if (++_stamp == int.MaxValue)
            {
                Array.Clear(_slotStamp);
                Array.Clear(_visited);
                _stamp = 1;
            }
            Found.Clear();
        }

        public int SlotOf(int article) => _slotStamp[article] == _stamp ? _slot[article] : -1;

        public void Add(int article, (SentenceUnit, double) candidate)
        {
            _slotStamp[article] = _stamp;
            _slot[article] = Found.Count;
            Found.Add(candidate);
        }

        /// <summary>True the first time a unit is met in this call.</summary>
        public bool FirstVisit(int unit)
        {
            if (_visited[unit] == _stamp) return false;
            _visited[unit] = _stamp;
            return true;
        }

        public List<int> Order(int count)
        {
            _order.Clear();
            for (int k = 0; k < count; k++) _order.Add(k);
            return _order;
        }
    }

    private bool SameLanguage(SentenceUnit a, SentenceUnit b) =>
        _corpus.ArticleOf(a).Language == _corpus.ArticleOf(b).Language;


    /// <summary>The weight of the shared paraphrase families: the two most selective ones, 1 each, or ½ for a family the story uses often.</summary>
    private double SharedFamilies(int[] a, int[] b)
    {
        int i = 0, j = 0;
        double first = 0, second = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j])
            {
                double w = _familyWeight[a[i]];
                if (w > first) { second = first; first = w; }
                else if (w > second) second = w;
                i++; j++;
            }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return first + second;
    }

    /// <summary>
    /// The entities both sentences are about: named outside a speaker's role in at least one of them. Returns how many
    /// are selective (for the cross-language rule) and their weight: at most three selective ones, plus frequent ones.
    /// </summary>
    /// <param name="sameKindOfPredicate">The protagonists count only for sentences that tell the same kind of thing about them.</param>
    private (int Selective, double Weight) SharedParticipants(SentenceUnit a, SentenceUnit b, bool sameKindOfPredicate)
    {
        int i = 0, j = 0, selective = 0;
        double frequent = 0;
        var x = a.Entities;
        var y = b.Entities;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j])
            {
                int e = x[i];
                bool roleOnly = Array.BinarySearch(a.RoleEntities, e) >= 0 && Array.BinarySearch(b.RoleEntities, e) >= 0;
                if (!roleOnly)
                {
                    if (_informative[e]) selective++;
                    else frequent += _entityWeight[e];
                }
                i++; j++;
            }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return (selective, EntityBonus * Math.Min(selective, 3) + (sameKindOfPredicate ? Math.Min(frequent, 2 * FrequentEntityBonus) : 0));
    }

    public static int Shared(int[] a, int[] b)
    {
        int i = 0, j = 0, n = 0;
        while (i < a.Length && j < b.Length)
        {
            if (a[i] == b[j]) { n++; i++; j++; }
            else if (a[i] < b[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>Figures both sentences give for the same thing (the same unit; what they count, when both say).</summary>
    private static int SharedNumbers(SentenceUnit a, SentenceUnit b)
    {
        int n = 0;
        foreach (var x in a.Quantities)
            foreach (var y in b.Quantities)
                if (Claims.Quantity.Compare(x, y) == Claims.ValueAgreement.Same) { n++; break; }
        return n;
    }

    /// <summary>Shared time values, plus one for a weekday both name when their articles are at most a week apart.</summary>
    private int SharedTimes(SentenceUnit a, SentenceUnit b)
    {
        int n = 0;
        foreach (var x in a.Times)
            foreach (var y in b.Times)
                if (x.Value == y.Value) { n++; break; }
        if ((a.Weekdays & b.Weekdays) != 0 && n == 0 && SameWeek(a, b)) n++;
        return n;
    }

    private bool SameWeek(SentenceUnit a, SentenceUnit b)
    {
        var pa = _corpus.ArticleOf(a).Published;
        var pb = _corpus.ArticleOf(b).Published;
        return pa is null || pb is null || Math.Abs((pa.Value - pb.Value).TotalDays) <= 7;
    }
}
