namespace Recoupe.Dedup;

/// <summary>
/// Hashes of overlapping word n-grams of a text, without allocating per word: words are runs of letters and
/// digits, lower-cased with accents folded for Latin letters (so a copy that lost its accents still matches).
/// </summary>
internal static class Shingles
{
    // Work lists reused from call to call on a thread: two lists of a few thousand hashes per article were
    // a good part of the stream's garbage. Bounded by maxChars (at most one hash per two characters).
    [ThreadStatic] private static List<ulong>? _wordHashes;
    [ThreadStatic] private static List<ulong>? _shingles;

    /// <summary>The text's shingle hashes, in a list this thread reuses: read it before the next call.</summary>
    public static List<ulong> Of(string text, int words, int maxChars)
    {
        var wordHashes = _wordHashes ??= new List<ulong>(1024);
        wordHashes.Clear();
        int end = Math.Min(text.Length, maxChars);
        ulong h = 0;
        bool inWord = false;
        for (int i = 0; i < end; i++)
        {
            char c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                if (!inWord) { h = 14695981039346656037UL; inWord = true; }
                h = (h ^ Fold(c)) * 1099511628211UL;
            }
            else if (inWord)
            {
                if (!IsInnerJoiner(text, i, end)) { wordHashes.Add(h); inWord = false; }
            }
        }
        if (inWord) wordHashes.Add(h);

        var shingles = _shingles ??= new List<ulong>(1024);
        shingles.Clear();
        for (int i = 0; i + words <= wordHashes.Count; i++)
        {
            ulong s = 0;
            for (int k = 0; k < words; k++) s = Mix(s * 31 + wordHashes[i + k]);
            shingles.Add(s);
        }
        return shingles;
    }

    public static ulong Mix(ulong z) => HashMix.Spread(z);

    // "Jong-un", "aujourd'hui": the joiner stays inside the word only between two letters.
    private static bool IsInnerJoiner(string text, int i, int end) =>
        text[i] is '-' or '\'' or '’' && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > 0 && char.IsLetterOrDigit(text[i - 1]);

    private static uint Fold(char c)
    {
        if (c < 128) return c is >= 'A' and <= 'Z' ? (uint)(c + 32) : c;
        c = char.ToLowerInvariant(c);
        return c switch
        {
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' => 'a',
            'ç' => 'c',
            'è' or 'é' or 'ê' or 'ë' => 'e',
            'ì' or 'í' or 'î' or 'ï' => 'i',
            'ñ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' => 'o',
            'ù' or 'ú' or 'û' or 'ü' => 'u',
            'ý' or 'ÿ' => 'y',
            _ => c,
        };
    }
}
