using Recoupe.Briefs.Analysis;
using Recoupe.Briefs.Claims;

namespace Recoupe.Briefs.Support;

/// <summary>
/// Judges, for one story, whether a sentence states the same claim as a fact's statement: the learned <see cref="SupportModel"/>
/// over <see cref="PairFeatures"/>, plus the frame's hard rule that a figure or a date of the same thing that differs is never
/// support (it is a conflict or an update). Pairs are judged once and cached.
/// </summary>
internal sealed class SupportClassifier
{
    private readonly StoryCorpus _corpus;
    private readonly ClaimFrame[] _frames;
    private readonly SentenceAligner _aligner;
    private readonly SupportModel _model;
    /// <summary>Each judged pair's place in <see cref="_chunks"/>: fixed chunks of many pairs' probabilities, not an array per pair
    /// (a stream's rebuilds judge millions of pairs; those arrays and their dictionary were a third of what the facts step
    /// allocated), and never copied to grow (a doubling array would allocate more than the arrays it replaces).</summary>
    private readonly Dictionary<(int, int), int> _cache = [];
    private readonly List<double[]> _chunks = [];
    private int _used;
    private const int ChunkPairs = 512;

    public SupportClassifier(StoryCorpus corpus, ClaimFrame[] frames, SentenceAligner aligner, SupportModel model)
    {
        _corpus = corpus;
        _frames = frames;
        _aligner = aligner;
        _model = model;
    }

    public ClaimFrame[] Frames => _frames;
    public ClaimFrame FrameOf(SentenceUnit u) => _frames[u.Index];

    /// <summary>
    /// Probabilities of supports, partial, unrelated, contradicts (in <see cref="SupportLabel"/> order), as a span of the chunk that
    /// holds them (written once, never moved).
    /// </summary>
    public ReadOnlySpan<double> Probabilities(SentenceUnit statement, SentenceUnit candidate)
    {
        var key = (statement.Index, candidate.Index);
        int classes = _model.ClassCount;
        if (_cache.TryGetValue(key, out var at)) return _chunks[at / ChunkPairs].AsSpan(at % ChunkPairs * classes, classes);
        Span<double> features = stackalloc double[PairFeatures.Count];
        PairFeatures.Compute(_corpus, _frames, _aligner, statement, candidate, features);
        at = _used++;
        if (at % ChunkPairs == 0) _chunks.Add(new double[ChunkPairs * classes]);
        var p = _chunks[at / ChunkPairs].AsSpan(at % ChunkPairs * classes, classes);
        _model.ProbabilitiesInto(features, p);
        _cache[key] = at;
        return p;
    }

    /// <summary>The probability that the candidate states the statement's claim, fully or in part.</summary>
    public double StatesIt(SentenceUnit statement, SentenceUnit candidate)
    {
        var p = Probabilities(statement, candidate);
        return p[(int)SupportLabel.Supports] + p[(int)SupportLabel.Partial];
    }

    /// <summary>
    /// Whether the candidate may be cited for the statement: the model says it states the claim (at the model's cite threshold)
    /// and no figure or date of one thing differs between the two frames.
    /// </summary>
    public bool Cites(SentenceUnit statement, SentenceUnit candidate)
    {
        if (statement.Index == candidate.Index) return true;
        if (Disagree(statement, candidate)) return false;
        return StatesIt(statement, candidate) >= _model.CiteThreshold;
    }

    /// <summary>
    /// A figure of the same thing or a date that differs (a month against another month or a day of another month): the two cannot be one fact, even when another
    /// figure agrees ("13 morts et 20 blessés" / "13 morts et 25 blessés" confirm the toll, not the sentence).
    /// </summary>
    public bool Disagree(SentenceUnit a, SentenceUnit b) => Disagree(SlotAgreement.Of(_frames[a.Index], _frames[b.Index]));

    public static bool Disagree(SlotAgreement slots) => slots.DifferentValues > 0 || slots.DifferentDates > 0 || slots.DifferentDatesAcrossPrecision > 0;
}
