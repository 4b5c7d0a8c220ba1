using System.Collections.Concurrent;
using System.Text;

namespace Recoupe.Mentions.Names;

/// <summary>
/// A rough phonetic key for one name word, so that the French, English and German transliterations of
/// the same (mostly Slavic or Asian) name meet: Poutine/Putin, Tchekhov/Chekhov, Sergueï/Sergei/Sergey,
/// Dmitri/Dmitry, Adrienne/Adriene. It is a key for grouping, never shown to anyone.
/// </summary>
public static class Transliteration
{
    // Digraph rewrites, longest first. French writes "ou" for /u/, "ch" for /sh/, "gu" before e/i for hard g;
    // English "sh", German "sch" and "tsch" all meet at "sh".
    private static readonly (string From, string To)[] Rewrites =
    [
        ("tch", "sh"), ("sch", "sh"), ("ch", "sh"), ("zh", "j"), ("kh", "h"),
        ("ou", "u"), ("ph", "f"), ("gue", "ge"), ("gui", "gi"), ("ck", "k"), ("qu", "k"),
        ("ts", "z"), ("tz", "z"), ("dj", "j"), ("ee", "i"), ("oo", "u"),
    ];

    // Names repeat: keep the keys of words already seen (bounded, cleared when full).
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);
    private const int MaxCached = 50_000;
    private static int _added;

    /// <summary>The key of one folded (lower-case, accent-free) word.</summary>
    public static string Key(string foldedWord)
    {
        if (foldedWord.Length == 0) return foldedWord;
        if (Cache.TryGetValue(foldedWord, out var cached)) return cached;
        // Counted apart: ConcurrentDictionary.Count takes every lock.
        if (Interlocked.Increment(ref _added) >= MaxCached) { Cache.Clear(); Interlocked.Exchange(ref _added, 0); }
        return Cache[foldedWord] = Compute(foldedWord);
    }

    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> SpanCache =
        Cache.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The key of one folded word given as a span: no string is made when the word was seen before.</summary>
    public static string Key(ReadOnlySpan<char> foldedWord)
    {
        if (SpanCache.TryGetValue(foldedWord, out var cached)) return cached;
        return Key(foldedWord.ToString());
    }

    private static string Compute(string foldedWord)
    {
        var sb = new StringBuilder(FromCyrillic(foldedWord));
        foreach (var (from, to) in Rewrites) sb.Replace(from, to);
        for (int i = 0; i < sb.Length; i++)
        {
            char next = i + 1 < sb.Length ? sb[i + 1] : '\0';
            sb[i] = sb[i] switch
            {
                'y' or 'j' => 'i',
                'w' => 'v',
                'q' => 'k',
                'x' => 'k',
                'c' when next is not ('e' or 'i') => 'k',
                'c' => 's',
                _ => sb[i],
            };
        }
        // Collapse doubled letters (Adrienne/Adriene, Watsson), then drop a silent final e (Poutine -> Putin).
        var result = new StringBuilder(sb.Length);
        for (int i = 0; i < sb.Length; i++)
            if (result.Length == 0 || result[^1] != sb[i]) result.Append(sb[i]);
        if (result.Length > 3 && result[^1] == 'e') result.Length--;
        if (result.Length > 3 && result[^1] == 'h') result.Length--;
        return result.ToString();
    }

    // Lower-case Russian, Ukrainian and Belarusian letters as the English press writes them (BGN/PCGN-like), so
    // that a name in Cyrillic meets its Latin spellings through the rewrites above (Путин -> putin). Letters come
    // folded (marks stripped), so й arrives as и and ё as е.
    private static readonly Dictionary<char, string> Cyrillic = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['д'] = "d", ['е'] = "e", ['ж'] = "zh", ['з'] = "z",
        ['и'] = "i", ['к'] = "k", ['л'] = "l", ['м'] = "m", ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r",
        ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh", ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh",
        ['щ'] = "shch", ['ъ'] = "", ['ы'] = "y", ['ь'] = "", ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
        ['і'] = "i", ['ї'] = "i", ['є'] = "ye", ['ґ'] = "g", ['ў'] = "u",
    };

    private static string FromCyrillic(string word)
    {
        bool any = false;
        foreach (char c in word) if (c is >= '\u0400' and <= '\u04FF') { any = true; break; }
        if (!any) return word;
        var sb = new StringBuilder(word.Length + 4);
        foreach (char c in word) sb.Append(Cyrillic.TryGetValue(c, out var latin) ? latin : c.ToString());
        return sb.ToString();
    }
}
