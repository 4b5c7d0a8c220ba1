using Recoupe.Model;

namespace Recoupe.Language;

/// <summary>
/// Splits text into word and number tokens with offsets. Letters, digits and inner hyphens/apostrophes
/// belong to a word ("Jong-un", "aujourd'hui"), but a French elided article ("l'", "d’") is split off so
/// that "l’Ukraine" yields "Ukraine".
/// </summary>
public static class Tokenizer
{
    public static IEnumerable<Token> Tokenize(string text) => Tokenize(text, new TextSpan(0, text.Length));

    public static IEnumerable<Token> Tokenize(string text, TextSpan within)
    {
        int i = within.Start;
        while (Next(text, ref i, within.End, out var token)) yield return token;
    }

    /// <summary>
    /// The tokens of the whole text as an array of their exact number, which callers only read: gathered in a list kept
    /// per thread, so that a document's tokens cost one array (a list grown from empty, then copied, allocated about
    /// three). The last text's array is kept per thread and given again for the same string: the entity and quote stages
    /// of one annotate pass read the same tokens, tokenized once.
    /// </summary>
    public static Token[] TokenArray(string text)
    {
        if (ReferenceEquals(text, _lastText) && _lastTokens is { } known) return known;
        var list = _scratch ??= new List<Token>(1024);
        TokenizeInto(text, list);
        var result = list.ToArray();
        if (list.Capacity > 1 << 16) _scratch = null; // do not keep a huge document's buffer
        _lastText = text;
        _lastTokens = result;
        return result;
    }

    [ThreadStatic] private static List<Token>? _scratch;
    [ThreadStatic] private static string? _lastText;
    [ThreadStatic] private static Token[]? _lastTokens;

    /// <summary>The tokens of the whole text into <paramref name="into"/>, cleared first (a caller's reused list).</summary>
    public static void TokenizeInto(string text, List<Token> into)
    {
        into.Clear();
        int i = 0;
        while (Next(text, ref i, text.Length, out var token)) into.Add(token);
    }

    // The next token at or after position i (before end), i moved past it; false when there is none.
    private static bool Next(string text, ref int i, int end, out Token token)
    {
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < end)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || IsJoiner(c) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && i > start)
                {
                    if (IsApostrophe(c) && IsElision(text, start, i))
                    {
                        break; // "l'" / "qu'" : emit the elided word without its apostrophe, then go on
                    }
                    i++;
                    continue;
                }
                break;
            }
            token = new Token(new TextSpan(start, i), LowerForms.Of(text.AsSpan(start, i - start)));
            if (i < end && IsApostrophe(text[i]) && IsElision(text, start, i)) i++;
            return true;
        }
        token = default;
        return false;
    }

    internal static bool IsJoiner(char c) => c is '-' or '\'' or '’';
    internal static bool IsApostrophe(char c) => c is '\'' or '’';

    // French/Italian elisions: a short word followed by an apostrophe (l', d', qu', j', n', s', c', m', t', jusqu', lorsqu', puisqu').
    internal static bool IsElision(string text, int start, int apostrophe)
    {
        int len = apostrophe - start;
        if (len == 1) return char.IsLetter(text[start]);
        if (len == 2) return char.ToLowerInvariant(text[start]) == 'q' && char.ToLowerInvariant(text[start + 1]) == 'u';
        var w = text.AsSpan(start, len);
        return w.Equals("jusqu", StringComparison.OrdinalIgnoreCase) || w.Equals("lorsqu", StringComparison.OrdinalIgnoreCase)
            || w.Equals("puisqu", StringComparison.OrdinalIgnoreCase) || w.Equals("quelqu", StringComparison.OrdinalIgnoreCase)
            || w.Equals("dell", StringComparison.OrdinalIgnoreCase) || w.Equals("all", StringComparison.OrdinalIgnoreCase);
    }
}
