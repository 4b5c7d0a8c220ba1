namespace Recoupe.Mentions.Ner;

/// <summary>Labels a document with a model under one convention: features, emission scores, Viterbi, then BIO runs to spans.</summary>
public static class NerTagger
{
    public static List<NerSpan> Tag(NerModel model, NerDocumentView view, string convention)
    {
        var table = model.TableFor(convention);
        var spans = new List<NerSpan>();
        var features = new List<ulong>(64);
        float[] emissions = [];
        int[] labels = [];
        foreach (var (first, end) in view.Sentences)
        {
            int n = end - first;
            if (emissions.Length < n * NerLabels.Count) emissions = new float[Math.Max(n * NerLabels.Count, 256)];
            if (labels.Length < n) labels = new int[Math.Max(n, 32)];
            var scores = emissions.AsSpan(0, n * NerLabels.Count);
            scores.Clear();
            for (int i = first; i < end; i++)
            {
                features.Clear();
                NerFeatures.Extract(view.Tokens, first, end, i, features);
                var row = scores.Slice((i - first) * NerLabels.Count, NerLabels.Count);
                foreach (var f in features) table.AddTo(f, row);
            }
            ViterbiDecoder.Decode(scores, n, model.Transitions, model.Start, labels);
            AddSpans(view, first, labels.AsSpan(0, n), spans);
        }
        return spans;
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
