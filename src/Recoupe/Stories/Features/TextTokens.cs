using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>A word or number token of <see cref="TextTokens"/>: offsets into the text and the 64-bit hash of its lower-case form.</summary>
internal readonly record struct WordToken(int Start, int End, bool IsNumber, ulong Hash)
{
    public int Length => End - Start;
}

/// <summary>
/// A text split into word and number tokens the way <see cref="Recoupe.Language.Tokenizer"/> splits it (same
/// joiners, same French elisions), with the whole text lower-cased once into a reused buffer, so that every
/// token's lower-case form is a span: feature extraction runs over hundreds of tokens per article and must not
/// allocate a string for each. One instance per thread (see <see cref="ForThread"/>); reset by <see cref="Read"/>.
/// </summary>
internal sealed class TextTokens
{
    [ThreadStatic] private static TextTokens? _forThread;

    private char[] _lower = new char[4096];
    private readonly List<WordToken> _tokens = new(1024);

    public static TextTokens ForThread => _forThread ??= new TextTokens();

    public string Text { get; private set; } = "";
    public int Count => _tokens.Count;
    public WordToken this[int i] => _tokens[i];

    public ReadOnlySpan<char> Lower(int i) => _lower.AsSpan(_tokens[i].Start, _tokens[i].Length);
    public ReadOnlySpan<char> Lower(WordToken t) => _lower.AsSpan(t.Start, t.Length);

    public void Read(string text)
    {
        Text = text;
        _tokens.Clear();
        if (_lower.Length < text.Length)
        {
            // Grows to the longest text read (bounded by the extractor's MaxTextChars); kept for the next article.
            _lower = new char[Math.Max(text.Length, _lower.Length * 2)];
        }
        LowerCase(text, _lower);
        int i = 0, end = text.Length;
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || Tokenizer.IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    if (Tokenizer.IsApostrophe(c) && Tokenizer.IsElision(text, start, i)) break;
                    i++;
                    continue;
                }
                break;
            }
            _tokens.Add(new WordToken(start, i, char.IsDigit(_lower[start]), WordHash.Of(_lower.AsSpan(start, i - start))));
            if (i < end && Tokenizer.IsApostrophe(text[i]) && Tokenizer.IsElision(text, start, i)) i++;
        }
        if (_lower.Length > 1 << 20 && text.Length < 1 << 16) _lower = new char[4096]; // a huge text passed: give it back
    }

    // Invariant lower case of every BMP char (128 KB), computed once: ToLowerInvariant goes through ICU for any
    // non-ASCII char, and French text is full of them (accents, ’, «, –, no-break spaces): that cost more than
    // the rest of tokenising. Surrogates map to themselves here and are handled as pairs below.
    private static readonly char[] LowerTable = BuildLowerTable();

    private static char[] BuildLowerTable()
    {
        var table = new char[0x10000];
        for (int c = 0; c < table.Length; c++) table[c] = char.IsSurrogate((char)c) ? (char)c : char.ToLowerInvariant((char)c);
        return table;
    }

    /// <summary>Invariant lower case of <paramref name="text"/> into <paramref name="lower"/> (at least as long).</summary>
    public static void LowerCase(ReadOnlySpan<char> text, Span<char> lower)
    {
        var table = LowerTable;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsSurrogate(c))
            {
                // A pair changes case as a pair (Deseret, Adlam...): the rest of the run goes through the general path.
                text[i..].ToLowerInvariant(lower[i..text.Length]);
                return;
            }
            lower[i] = table[c];
        }
    }
}
