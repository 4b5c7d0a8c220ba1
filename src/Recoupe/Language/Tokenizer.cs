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
        while (i < within.End)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            int start = i;
            while (i < within.End)
            {
                char c = text[i];
                if (char.IsLetterOrDigit(c) || IsJoiner(c) && i + 1 < within.End && char.IsLetterOrDigit(text[i + 1]) && i > start)
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
            if (i < within.End && IsApostrophe(text[i]) && IsElision(text, start, i))
            {
                yield return new Token(new TextSpan(start, i), LowerForms.Of(text.AsSpan(start, i - start)));
                i++;
                continue;
            }
            yield return new Token(new TextSpan(start, i), LowerForms.Of(text.AsSpan(start, i - start)));
        }
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
