namespace Recoupe.Mentions.Ner;

/// <summary>
/// One name, one label in a document: a capitalised word sequence the labeller tagged somewhere, written the same way
/// where it was left untagged (typically a sentence start, where capitals say nothing: "Kessler a ajouté…"), is
/// tagged there too, with the type it got everywhere else. Names tagged with two types are left alone.
/// This is the label-consistency step of document-level NER (Krishnan and Manning 2006 learn it in a second stage;
/// the two-pass English model reads it as features, the one-pass French model gains it here).
/// </summary>
public static class LabelConsistency
{
    private const int MaxTokens = 6;

    [ThreadStatic] private static Dictionary<ulong, int>? ScratchTypes;

    public static void Propagate(NerDocumentView view, List<NerSpan> spans)
    {
        if (spans.Count == 0) return;
        var tokens = view.Tokens;
        // Kept per thread: a new dictionary and flag array per document were most of what this step allocated.
        var typeOf = ScratchTypes ??= new Dictionary<ulong, int>();
        typeOf.Clear();
        foreach (var s in spans)
        {
            if (s.LastToken - s.FirstToken >= MaxTokens) continue;
            var key = KeyOf(tokens, s.FirstToken, s.LastToken + 1);
            typeOf[key] = typeOf.TryGetValue(key, out var t) && t != s.Type ? -1 : s.Type;
        }
        Span<bool> covered = tokens.Length <= 4096 ? stackalloc bool[tokens.Length] : new bool[tokens.Length];
        foreach (var s in spans)
            for (int i = s.FirstToken; i <= s.LastToken; i++) covered[i] = true;
        ExtendToLongerNames(tokens, spans, typeOf, covered);
        int added = 0;
        foreach (var (first, end) in view.Sentences)
        {
            for (int i = first; i < end; i++)
            {
                if (covered[i] || !StartsName(tokens[i])) continue;
                for (int length = Math.Min(MaxTokens, end - i); length >= 1; length--)
                {
                    int stop = i + length;
                    if (Covers(covered, i, stop) || !typeOf.TryGetValue(KeyOf(tokens, i, stop), out var type) || type < 0) continue;
                    spans.Add(new NerSpan(tokens[i].Start, tokens[stop - 1].End, type, i, stop - 1));
                    for (int k = i; k < stop; k++) covered[k] = true;
                    added++;
                    i = stop - 1;
                    break;
                }
            }
        }
        if (added > 0) spans.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        if (typeOf.Count > 4096) ScratchTypes = null; // one long document does not keep its table
    }

    /// <summary>
    /// "Ana Lucía Pérez" tagged in one sentence, "Ana Lucía" tagged and "Pérez" left out in another (a capitalised word the
    /// labeller doubts, one that is also a common word in some language): a span followed by untagged capitalised tokens
    /// that complete a longer name tagged with the same type elsewhere in the document is that name (the longest match).
    /// </summary>
    private static void ExtendToLongerNames(TokenInfo[] tokens, List<NerSpan> spans, Dictionary<ulong, int> typeOf, Span<bool> covered)
    {
        for (int n = 0; n < spans.Count; n++)
        {
            var s = spans[n];
            int longest = -1;
            for (int stop = s.LastToken + 2; stop - s.FirstToken <= MaxTokens && stop <= tokens.Length; stop++)
            {
                int next = stop - 1;
                if (covered[next] || !StartsName(tokens[next]) || tokens[next].Start - tokens[next - 1].End != 1) break;
                if (typeOf.TryGetValue(KeyOf(tokens, s.FirstToken, stop), out var type) && type == s.Type) longest = next;
            }
            if (longest < 0) continue;
            for (int k = s.LastToken + 1; k <= longest; k++) covered[k] = true;
            spans[n] = s with { End = tokens[longest].End, LastToken = longest };
        }
    }

    private static bool StartsName(in TokenInfo t) => t.ShortShape is ShortShape.Capitalized or ShortShape.AllCaps or ShortShape.Mixed
        && t.End - t.Start >= 2;

    private static bool Covers(ReadOnlySpan<bool> covered, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (covered[k]) return true;
        return false;
    }

    // The exact written forms of the tokens, in order.
    private static ulong KeyOf(TokenInfo[] tokens, int from, int to)
    {
        ulong key = 0x9E3779B97F4A7C15UL;
        for (int k = from; k < to; k++) key = (key ^ tokens[k].Form) * 0x100000001B3UL + (ulong)(to - from);
        return key;
    }
}
