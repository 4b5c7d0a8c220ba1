namespace Recoupe.Mentions.Ner;

/// <summary>Labels a document with a model under one convention: features, emission scores, Viterbi, then BIO runs to spans.</summary>
public static class NerTagger
{
    public static List<NerSpan> Tag(NerModel model, NerDocumentView view, string convention)
    {
        var spans = new List<NerSpan>();
        // The labels and first-pass scores live only while the document is tagged: buffers kept per thread (new ones were
        // two thirds of what labelling allocated), cleared to what new arrays would hold.
        int count = view.Tokens.Length;
        var labels = Scratch(ref ScratchLabels, count);
        float[]? firstScores = null;
        if (model.FirstPass is { } firstPass)
        {
            firstScores = Scratch(ref ScratchScores, count * NerLabels.Count);
            Label(firstPass, view, convention, secondPass: false, labels, firstScores, baseScores: null);
            view.ApplyFirstPass(labels);
        }
        Label(model, view, convention, secondPass: model.FirstPass is not null, labels, scoresOut: null, baseScores: firstScores);
        foreach (var (first, end) in view.Sentences) AddSpans(view, first, labels.AsSpan(first, end - first), spans);
        return spans;
    }

    [ThreadStatic] private static int[]? ScratchLabels;
    [ThreadStatic] private static float[]? ScratchScores;
    [ThreadStatic] private static float[]? ScratchEmissions;
    [ThreadStatic] private static List<ulong>? ScratchFeatures;
    private const int MaxScratch = 1 << 18; // a longer document gets arrays of its own and leaves the kept ones alone

    private static T[] Scratch<T>(ref T[]? kept, int length)
    {
        if (length > MaxScratch) return new T[length];
        if (kept is null || kept.Length < length) kept = new T[Math.Max(length, 1024)];
        Array.Clear(kept, 0, length);
        return kept;
    }

    /// <summary>
    /// Labels every token of the document (sentence by sentence) into <paramref name="output"/>. A second pass reads only
    /// its own features, on top of the first pass's scores (<paramref name="baseScores"/>, token × label); a first pass
    /// hands its scores out in <paramref name="scoresOut"/>.
    /// </summary>
    public static void Label(NerModel model, NerDocumentView view, string convention, bool secondPass, int[] output, float[]? scoresOut, float[]? baseScores)
    {
        var table = model.TableFor(convention);
        int clusterMask = secondPass ? 0 : model.ClusterMask;
        var clusters = clusterMask == 0 ? null : model.Clusters;
        bool skipFar = convention == Evaluation.Ner.NerConventions.Modern;
        // Kept per thread too: each pass took a new feature list and grew a new score buffer.
        var features = ScratchFeatures ??= new List<ulong>(64);
        float[] emissions = ScratchEmissions ?? [];
        Span<int> sums = stackalloc int[NerLabels.Count];
        foreach (var (first, end) in view.Sentences)
        {
            int n = end - first;
            if (emissions.Length < n * NerLabels.Count)
            {
                emissions = new float[Math.Max(n * NerLabels.Count, 256)];
                if (emissions.Length <= MaxScratch) ScratchEmissions = emissions;
            }
            // Every row is written whole below, so the buffer needs no clearing; nine sums are zeroed inline (a call to
            // Span.Clear per token showed as a third of the labelling time in traces).
            var scores = emissions.AsSpan(0, n * NerLabels.Count);
            int lastName = int.MinValue / 2, nextName = NextNameLike(view.Tokens, first, end);
            for (int i = first; i < end; i++)
            {
                var row = scores.Slice((i - first) * NerLabels.Count, NerLabels.Count);
                if (nextName < i) nextName = NextNameLike(view.Tokens, i, end);
                if (nextName == i) lastName = i;
                if (skipFar && i - lastName > NameReach && nextName - i > NameReach)
                {
                    // Far from any capitalised word: outside (see NameReach). The first pass said so too.
                    for (int l = 0; l < NerLabels.Count; l++) row[l] = l == NerLabels.Outside ? 0 : FarFromNames;
                    continue;
                }
                for (int l = 0; l < NerLabels.Count; l++) sums[l] = 0;
                features.Clear();
                if (secondPass) NerFeatures.ExtractSecondPass(view.Tokens, first, end, i, features);
                else
                {
                    // Clusters of this token and the two either side, looked up once each, only for tokens read.
                    if (clusters is not null) view.ResolveClusters(clusters, i - 2 < first ? first : i - 2, i + 2 < end ? i + 2 : end - 1);
                    table.AddIntrinsic(view.Text, view.Tokens[i], sums, features);
                    features.Clear();
                    NerFeatures.ExtractContextual(view.Tokens, first, end, i, features, clusterMask, neighbourClusters: false);
                }
                table.AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), sums);
                if (clusters is not null)
                    for (int p = 0; p <= 4; p++)
                    {
                        int j = i + p - 2;
                        if (p != 2) table.AddNeighbourClusters(j >= first && j < end ? view.Tokens[j].Clusters : 0, p, sums, features);
                    }
                for (int l = 0; l < NerLabels.Count; l++) row[l] = sums[l] * table.Scale + (baseScores is null ? 0 : baseScores[i * NerLabels.Count + l]);
            }
            if (scoresOut is not null) scores.CopyTo(scoresOut.AsSpan(first * NerLabels.Count, n * NerLabels.Count));
            ViterbiDecoder.Decode(scores, n, model.Transitions, model.Start, output.AsSpan(first, n));
        }
    }

    /// <summary>
    /// How far (in tokens) from the nearest name-like token (capitalised, in capitals, mixed case, letters with digits, or
    /// inside a name of the rule recogniser) a token may still be part of a name under the modern convention. Tokens
    /// further away are labelled outside without reading their features: in news about half the tokens, and the
    /// labeller's costliest part (their dozen and a half hashed lookups each). Names of the modern corpora hold lower-case
    /// words only between capitalised ones ("Organisation des nations unies" reaches 3); historical conventions, whose
    /// mentions take in long functions ("X, chef de l'opposition"), read every token. The reach counts from sentence-initial
    /// capitals too: not counting a capitalised function word there ("Il") cost a WikiNEuRal tune name whose lower-case head
    /// starts four tokens before it ("le parc national naturel de X").
    /// </summary>
    public const int NameReach = 3;

    private const float FarFromNames = -1e9f;

    private static int NextNameLike(TokenInfo[] tokens, int from, int end)
    {
        for (int i = from; i < end; i++)
            if (tokens[i].ShortShape is ShortShape.Capitalized or ShortShape.AllCaps or ShortShape.SingleCap or ShortShape.Mixed
                or ShortShape.Alphanumeric || tokens[i].RuleLabel != 0) return i;
        return int.MaxValue / 2;
    }

    /// <summary>A one-character token that can only stand at the edge of a name: a quotation mark, a bracket or a comma.</summary>
    private static bool IsEdgeMark(string text, TokenInfo token) =>
        token.End - token.Start == 1 && text[token.Start] is '"' or '«' or '»' or '“' or '”' or '„' or '‘' or '’' or '\'' or '(' or ')' or '[' or ']' or ',' or ';';

    /// <summary>Turns a sentence's BIO labels into spans (an I-T after another type opens a new span, as conlleval reads it).</summary>
    public static void AddSpans(NerDocumentView view, int first, ReadOnlySpan<int> labels, List<NerSpan> spans)
    {
        int open = -1, type = -1;
        for (int i = 0; i <= labels.Length; i++)
        {
            int label = i < labels.Length ? labels[i] : NerLabels.Outside;
            bool continues = NerLabels.IsInside(label) && open >= 0 && NerLabels.TypeOf(label) == type;
            if (continues) continue;
            if (open >= 0)
            {
                var t = view.Tokens;
                int from = first + open, to = first + i - 1;
                // A quotation mark or bracket labelled with the name next to it ("des Ukrainiens”,") is not part of it.
                while (to > from && IsEdgeMark(view.Text, t[to])) to--;
                while (from < to && IsEdgeMark(view.Text, t[from])) from++;
                if (!IsEdgeMark(view.Text, t[from])) spans.Add(new NerSpan(t[from].Start, t[to].End, type, from, to));
                open = -1;
            }
            if (label != NerLabels.Outside) { open = i; type = NerLabels.TypeOf(label); }
        }
    }
}
