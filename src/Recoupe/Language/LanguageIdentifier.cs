using System.Collections.Frozen;

namespace Recoupe.Language;

/// <summary>
/// Identifies the language of a text in one pass over (at most) its first <see cref="MaxChars"/> characters.
/// Non-Latin scripts mostly name their language (Greek, Hangul, Kana...; see <see cref="ScriptLanguages"/>).
/// Latin-script text is scored per language from three cues: function words (weighted down when shared),
/// telling letters (ß, ñ, ã, ł...) and word endings (-ción, -zione, -ung). Function words dominate so that a
/// French article quoting English words stays French; letters and endings decide short titles.
/// Returns "und" when there is no signal.
/// </summary>
public sealed class LanguageIdentifier : ILanguageIdentifier
{
    /// <summary>A news article is identified well before its end: bounding the scan keeps it microseconds.</summary>
    public const int MaxChars = 3000;
    private const int MaxWordLength = 40;
    private const double MinScore = 0.9;

    private static readonly string[] Codes = LanguageProfiles.FunctionWords.Keys.ToArray();
    private static readonly FrozenDictionary<string, int> IndexOf =
        Codes.Select((c, i) => (c, i)).ToFrozenDictionary(x => x.c, x => x.i, StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (int Lang, double Weight)[]>.AlternateLookup<ReadOnlySpan<char>> Words =
        LanguageProfiles.WordEvidence
            .ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Select(e => (IndexOf[e.Language], e.Weight)).ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<char, (int Lang, double Weight)[]> Letters = BuildLetterCues();
    // Word endings bucketed by their last letter: a word is checked against a handful, not all of them.
    private static readonly FrozenDictionary<char, (string Suffix, int Lang)[]> SuffixesByLastChar =
        LanguageProfiles.Suffixes.GroupBy(s => s.Suffix[^1])
            .ToFrozenDictionary(g => g.Key, g => g.Select(s => (s.Suffix, IndexOf[s.Language])).ToArray());

    private static readonly int French = IndexOf["fr"], Italian = IndexOf["it"];

    public LanguageGuess Identify(string text)
    {
        if (string.IsNullOrEmpty(text)) return LanguageGuess.Undetermined;
        var window = text.AsSpan(0, Math.Min(text.Length, MaxChars));
        var scripts = new int[(int)Script.Other + 1];
        Span<double> scores = stackalloc double[Codes.Length];
        scores.Clear();
        Span<char> lower = stackalloc char[MaxWordLength];
        int letters = 0, i = 0;
        while (i < window.Length)
        {
            char c = window[i];
            var script = char.IsLetter(c) ? ScriptDetector.Of(c) : Script.None;
            if (script == Script.None)
            {
                // punctuation cues: « » ¿ ¡ ·, and the space French typography puts before : ; ? !
                if (c >= 0x80 && Letters.TryGetValue(c, out var marks))
                    foreach (var (lang, w) in marks) scores[lang] += w;
                else if (c is ':' or ';' or '?' or '!' && i > 0 && window[i - 1] is ' ' or '\u00A0' or '\u202F')
                    scores[French] += 0.4;
                i++;
                continue;
            }
            // a word: a run of letters (and digits) of whatever script
            int start = i;
            while (i < window.Length && (char.IsLetterOrDigit(window[i]) || char.GetUnicodeCategory(window[i]) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark))
            {
                var s = ScriptDetector.Of(window[i]);
                if (s != Script.None) { scripts[(int)s]++; letters++; }
                if (window[i] >= 0x80 && Letters.TryGetValue(char.ToLowerInvariant(window[i]), out var cues))
                    foreach (var (lang, w) in cues) scores[lang] += w;
                i++;
            }
            if (script == Script.Latin) ScoreLatinWord(window, start, i, lower, scores);
        }
        if (letters == 0) return LanguageGuess.Undetermined;

        var (dominant, count) = Dominant(scripts);
        if (dominant != Script.Latin && count * 2 > letters)
            return FromScript(dominant, window, (double)count / letters);
        return FromScores(scores);
    }

    private static void ScoreLatinWord(ReadOnlySpan<char> text, int start, int end, Span<char> lower, Span<double> scores)
    {
        int len = end - start;
        // Elision ("l'", "qu'", "dell'") is evidence of its own and the word after it is scored on its own pass.
        if (end < text.Length && text[end] is '\'' or '’' && end + 1 < text.Length && char.IsLetter(text[end + 1]))
        {
            if (len == 1 && text[start] is 'l' or 'L' or 'd' or 'D' or 'j' or 'J' or 'n' or 'N' or 's' or 'S' or 'c' or 'C' or 'm' or 'M') scores[French] += 0.5;
            else if (len == 2 && text[start] is 'q' or 'Q') scores[French] += 0.8;
            else if (len is 3 or 4 && text.Slice(start, len).EndsWith("ll", StringComparison.OrdinalIgnoreCase)) scores[Italian] += 0.8;
        }
        if (len > MaxWordLength) return;
        int n = text.Slice(start, len).ToLowerInvariant(lower);
        if (n < 0) return;
        var word = lower[..n];
        if (Words.TryGetValue(word, out var evidence))
        {
            foreach (var (lang, w) in evidence) scores[lang] += w;
            return;
        }
        if (n < 5 || !SuffixesByLastChar.TryGetValue(word[^1], out var suffixes)) return;
        foreach (var (suffix, lang) in suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) scores[lang] += 0.3;
    }

    private static (Script Script, int Count) Dominant(int[] scripts)
    {
        var best = Script.None;
        int max = 0;
        for (int s = 1; s < scripts.Length; s++)
        {
            int count = scripts[s];
            if ((Script)s == Script.Kana) count += scripts[(int)Script.Han]; // Japanese mixes kanji and kana
            if (count > max) { max = count; best = (Script)s; }
        }
        // Kana counted with Han wins ties only when kana is really there.
        if (best == Script.Kana && scripts[(int)Script.Kana] * 20 < max) best = Script.Han;
        return (best, max);
    }

    private static LanguageGuess FromScores(ReadOnlySpan<double> scores)
    {
        int best = -1;
        double top = 0, second = 0;
        for (int l = 0; l < scores.Length; l++)
        {
            if (scores[l] > top) { second = top; top = scores[l]; best = l; }
            else if (scores[l] > second) second = scores[l];
        }
        if (best < 0 || top < MinScore) return LanguageGuess.Undetermined;
        // Confidence: how far ahead the winner is, times how much evidence there was.
        double margin = (top - second) / top;
        double evidence = 1 - Math.Exp(-top / 3);
        return new LanguageGuess(Codes[best], Math.Round(Math.Clamp(0.5 * margin + 0.5 * margin * evidence + 0.1 * evidence, 0, 1), 3));
    }

    private static LanguageGuess FromScript(Script script, ReadOnlySpan<char> text, double share)
    {
        string code = script switch
        {
            Script.Cyrillic => CyrillicLanguage(text),
            Script.Arabic => ArabicLanguage(text),
            _ => ScriptLanguages.GetValueOrDefault(script, "und"),
        };
        return code == "und" ? LanguageGuess.Undetermined : new LanguageGuess(code, Math.Round(Math.Min(1, 0.6 + 0.4 * share), 3));
    }

    /// <summary>Scripts used by (mostly) one language in news.</summary>
    private static readonly FrozenDictionary<Script, string> ScriptLanguages = new Dictionary<Script, string>
    {
        [Script.Greek] = "el", [Script.Hebrew] = "he", [Script.Han] = "zh", [Script.Kana] = "ja", [Script.Hangul] = "ko",
        [Script.Devanagari] = "hi", [Script.Bengali] = "bn", [Script.Tamil] = "ta", [Script.Thai] = "th",
        [Script.Armenian] = "hy", [Script.Georgian] = "ka", [Script.Ethiopic] = "am",
    }.ToFrozenDictionary();

    // Letters only some Cyrillic alphabets have: і ї є ґ (Ukrainian), ў (Belarusian), ђ ћ џ љ њ ј (Serbian), ѓ ќ ѕ (Macedonian);
    // Bulgarian has no ы/э but uses ъ as a vowel.
    private static string CyrillicLanguage(ReadOnlySpan<char> text)
    {
        int uk = 0, be = 0, sr = 0, mk = 0, ruOnly = 0, hardSign = 0, cyr = 0;
        foreach (char ch in text)
        {
            char c = char.ToLowerInvariant(ch);
            if (c is >= 'а' and <= 'я' or 'ё') cyr++;
            switch (c)
            {
                case 'і' or 'ї' or 'є' or 'ґ': uk++; break;
                case 'ў': be++; break;
                case 'ђ' or 'ћ' or 'џ' or 'љ' or 'њ' or 'ј': sr++; break;
                case 'ѓ' or 'ќ' or 'ѕ': mk++; break;
                case 'ы' or 'э' or 'ё': ruOnly++; break;
                case 'ъ': hardSign++; break;
            }
        }
        if (be > 0 && be >= uk / 4) return "be";
        if (uk > ruOnly) return "uk";
        if (mk > 0 && mk >= sr) return "mk";
        if (sr > 0) return "sr";
        if (ruOnly == 0 && hardSign * 100 > cyr) return "bg";
        return "ru";
    }

    // Persian and Urdu add letters to the Arabic alphabet (پ چ ژ گ, Persian ی/ک; Urdu ے ٹ ڈ ں).
    private static string ArabicLanguage(ReadOnlySpan<char> text)
    {
        int fa = 0, ur = 0, arabicYeh = 0;
        foreach (char c in text)
        {
            switch (c)
            {
                case 'ے' or 'ٹ' or 'ڈ' or 'ں' or 'ڑ': ur++; break;
                case 'پ' or 'چ' or 'ژ' or 'گ' or '\u06CC' or '\u06A9': fa++; break;
                case 'ي' or 'ك' or 'ة': arabicYeh++; break;
            }
        }
        if (ur > 2) return "ur";
        return fa > arabicYeh ? "fa" : "ar";
    }

    private static FrozenDictionary<char, (int, double)[]> BuildLetterCues()
    {
        var map = new Dictionary<char, List<(int, double)>>();
        foreach (var (chars, languages, weight) in LanguageProfiles.CharacterCues)
        {
            var langs = languages.Split(' ');
            foreach (char c in chars)
            {
                if (!map.TryGetValue(c, out var list)) map[c] = list = [];
                foreach (var l in langs) list.Add((IndexOf[l], weight / langs.Length));
            }
        }
        return map.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }
}
