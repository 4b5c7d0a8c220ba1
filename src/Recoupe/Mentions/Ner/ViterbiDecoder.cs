namespace Recoupe.Mentions.Ner;

/// <summary>
/// First-order Viterbi over the nine BIO labels, with the BIO constraint built in (an I-T only after B-T or I-T, never
/// first). Emission scores come in as a flat [token × label] array; transitions as [previous × label] plus start scores.
/// </summary>
public static class ViterbiDecoder
{
    private const int L = NerLabels.Count;

    // Per-thread lattices, grown to the longest sentence seen: a fresh (zeroed) buffer per sentence cost more than the
    // decoding itself. Every cell read is written first, so stale contents never matter.
    [ThreadStatic] private static float[]? t_score;
    [ThreadStatic] private static byte[]? t_back;

    public static void Decode(ReadOnlySpan<float> emissions, int length, ReadOnlySpan<float> transitions, ReadOnlySpan<float> start, Span<int> labels)
    {
        if (length == 0) return;
        int cells = length * L;
        var scoreArray = t_score is { } s && s.Length >= cells ? s : t_score = new float[Math.Max(cells, 1024)];
        var backArray = t_back is { } b && b.Length >= cells ? b : t_back = new byte[Math.Max(cells, 1024)];
        var score = scoreArray.AsSpan(0, cells);
        var back = backArray.AsSpan(0, cells);
        for (int y = 0; y < L; y++)
            score[y] = NerLabels.IsInside(y) ? float.NegativeInfinity : start[y] + emissions[y];
        for (int i = 1; i < length; i++)
        {
            int row = i * L, prevRow = row - L;
            var previous = score.Slice(prevRow, L);
            // O and B-T may follow any label.
            for (int y = 0; y < L; y += y == 0 ? 1 : 2)
            {
                float best = float.NegativeInfinity;
                int arg = 0;
                for (int p = 0; p < L; p++)
                {
                    float v = previous[p] + transitions[p * L + y];
                    if (v > best) { best = v; arg = p; }
                }
                score[row + y] = best + emissions[row + y];
                back[row + y] = (byte)arg;
            }
            // I-T only after B-T (y - 1) or I-T (y).
            for (int y = 2; y < L; y += 2)
            {
                float fromBegin = previous[y - 1] + transitions[(y - 1) * L + y], fromInside = previous[y] + transitions[y * L + y];
                bool inside = fromInside > fromBegin;
                score[row + y] = (inside ? fromInside : fromBegin) + emissions[row + y];
                back[row + y] = (byte)(inside ? y : y - 1);
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
