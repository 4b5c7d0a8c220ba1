namespace Recoupe.Mentions.Ner;

/// <summary>
/// First-order Viterbi over the nine BIO labels, with the BIO constraint built in (an I-T only after B-T or I-T, never
/// first). Emission scores come in as a flat [token × label] array; transitions as [previous × label] plus start scores.
/// </summary>
public static class ViterbiDecoder
{
    private const int L = NerLabels.Count;

    public static void Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels)
    {
        if (length == 0) return;
        var score = length * L <= 4096 ? stackalloc float[length * L] : new float[length * L];
        var back = length * L <= 4096 ? stackalloc byte[length * L] : new byte[length * L];
        for (int y = 0; y < L; y++)
            score[y] = NerLabels.IsInside(y) ? float.NegativeInfinity : start[y] + emissions[y];
        for (int i = 1; i < length; i++)
        {
            int row = i * L, prevRow = row - L;
            for (int y = 0; y < L; y++)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    if (!NerLabels.Allowed(p, y)) continue;
                    float s = score[prevRow + p] + transitions[p * L + y];
                    if (s > best) { best = s; arg = p; }
                }
                score[row + y] = best + emissions[row + y];
                back[row + y] = (byte)arg;
            }
        }
        int last = (length - 1) * L, label = 0;
        float top = float.NegativeInfinity;
        for (int y = 0; y < L; y++)
            if (score[last + y] > top) { top = score[last + y]; label = y; }
        for (int i = length - 1; i >= 0; i--)
        {
            labels[i] = label;
            label = back[i * L + label];
        }
    }
}
