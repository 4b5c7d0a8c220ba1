namespace Recoupe.Mentions.Ner;

/// <summary>Labels a document with a model under one convention: features, emission scores, Viterbi, then BIO runs to spans.</summary>
public static class NerTagger
{
    public static List<NerSpan> Tag(NerModel model, NerDocumentView view, string convention)
    {
        var spans = new List<NerSpan>();
        var labels = new int[view.Tokens.Length];
        float[]? firstScores = null;
        if (model.FirstPass is { } firstPass)
        {
            firstScores = new float[view.Tokens.Length * NerLabels.Count];
            Label(firstPass, view, convention, secondPass: false, labels, firstScores, baseScores: null);
            view.ApplyFirstPass(labels);
        }
        Label(model, view, convention, secondPass: model.FirstPass is not null, labels, scoresOut: null, baseScores: firstScores);
        foreach (var (first, end) in view.Sentences) AddSpans(view, first, labels.AsSpan(first, end - first), spans);
        return spans;
    }

    /// <summary>
    /// Labels every token of the document (sentence by sentence) into <paramref name="output"/>. A second pass reads only
    /// its own features, on top of the first pass's scores (<paramref name="baseScores"/>, token × label); a first pass
    /// hands its scores out in <paramref name="scoresOut"/>.
    /// </summary>
    public static void Label(NerModel model, NerDocumentView view, string convention, bool secondPass, int[] output, float[]? scoresOut, float[]? baseScores)
    {
        var table = model.TableFor(convention);
        var features = new List<ulong>(64);
        float[] emissions = [];
        Span<int> sums = stackalloc int[NerLabels.Count];
        foreach (var (first, end) in view.Sentences)
        {
            int n = end - first;
            if (emissions.Length < n * NerLabels.Count) emissions = new float[Math.Max(n * NerLabels.Count, 256)];
            // Every row is written whole below, so the buffer needs no clearing; nine sums are zeroed inline (a call to
            // Span.Clear per token showed as a third of the labelling time in traces).
            var scores = emissions.AsSpan(0, n * NerLabels.Count);
            for (int i = first; i < end; i++)
            {
                for (int l = 0; l < NerLabels.Count; l++) sums[l] = 0;
                features.Clear();
                if (secondPass) NerFeatures.ExtractSecondPass(view.Tokens, first, end, i, features);
                else
                {
                    table.AddIntrinsic(view.Text, view.Tokens[i], sums, features);
                    features.Clear();
                    NerFeatures.ExtractContextual(view.Tokens, first, end, i, features);
                }
                var row = scores.Slice((i - first) * NerLabels.Count, NerLabels.Count);
                table.AddAll(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(features), sums);
                for (int l = 0; l < NerLabels.Count; l++) row[l] = sums[l] * table.Scale + (baseScores is null ? 0 : baseScores[i * NerLabels.Count + l]);
            }
            if (scoresOut is not null) scores.CopyTo(scoresOut.AsSpan(first * NerLabels.Count, n * NerLabels.Count));
            ViterbiDecoder.Decode(scores, n, model.Transitions, model.Start, output.AsSpan(first, n));
        }
    }

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
                spans.Add(new NerSpan(t[first + open].Start, t[first + i - 1].End, type, first + open, first + i - 1));
                open = -1;
            }
            if (label != NerLabels.Outside) { open = i; type = NerLabels.TypeOf(label); }
        }
    }
}
