using System.Text;
using Recoupe.Language;

namespace Recoupe.Mentions.Names;

/// <summary>
/// Keys that group the variants of one name. People: the phonetic key of each word in order
/// ("Kim Jong-Un" = "kim iong un" = "Kim Jong Un"). Organisations: the sorted stems of the content words,
/// so that "Comité de vigilance portuaire" and "Comité portuaire de vigilance" meet.
/// </summary>
public static class NameKey
{
    /// <summary>The phonetic words of a name, in order.</summary>
    public static string[] Words(string name)
    {
        var folded = TextFold.Fold(name);
        if (folded.Length == 0) return [];
        var parts = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++) parts[i] = Transliteration.Key(parts[i]);
        return parts;
    }

    public static string Person(string name) => string.Join(' ', Words(name));

    /// <summary>
    /// The keys of the written words of a name, split on spaces only, so that a hyphenated surname stays one
    /// word: "Karine Jean-Pierre" -> ["karin", "iean pier"], matching a later "Jean-Pierre" alone.
    /// </summary>
    public static string[] WrittenWords(string name)
    {
        var parts = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++) parts[i] = Person(parts[i]);
        return parts;
    }

    /// <summary>The key of a place name: its region code when the gazetteer knows it, else its phonetic words.</summary>
    public static string Place(string name) =>
        (AcronymMatcher.IsAcronym(name) ? Gazetteers.Places.LookupCode(name)?.Code : Gazetteers.Places.RegionOf(name)) is { } region
            ? "@" + region : Person(name);

    /// <summary>Sorted content-word stems: word order and small function words do not matter for institutions.</summary>
    public static string Organization(string name, string language)
    {
        var folded = TextFold.Fold(name);
        var stems = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (IsFunctionWord(word)) continue;
            if (WellKnownAcronyms.Expansion(word) is { } expansion)
            {
                foreach (var w in expansion) stems.Add(StemOf(w, language));
                continue;
            }
            stems.Add(StemOf(word, language));
        }
        if (stems.Count == 0) return folded;
        var sb = new StringBuilder();
        foreach (var s in stems) { if (sb.Length > 0) sb.Append(' '); sb.Append(s); }
        return sb.ToString();
    }

    public static string For(Model.EntityType type, string name, string language)
    {
        // Names recur within a document and across a stream; a key costs folding, splitting and stemming. Bounded.
        var cacheKey = (type, name, language);
        if (KeyCache.TryGetValue(cacheKey, out var key)) return key;
        key = Compute(type, name, language);
        if (Interlocked.Increment(ref _keysCached) >= MaxCachedKeys) { KeyCache.Clear(); Interlocked.Exchange(ref _keysCached, 0); }
        KeyCache[cacheKey] = key;
        return key;
    }

    private const int MaxCachedKeys = 100_000;
    private static int _keysCached;
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Model.EntityType, string, string), string> KeyCache = new();

    private static string Compute(Model.EntityType type, string name, string language) => type switch
    {
        Model.EntityType.Organization => "org:" + Organization(name, language),
        Model.EntityType.Place => "loc:" + Place(name),
        Model.EntityType.Person => "per:" + Person(name),
        _ => "oth:" + Person(name),
    };

    internal static bool IsFunctionWord(string foldedWord) =>
        foldedWord.Length <= 1 || Stopwords.IsStopword(foldedWord, "fr") || Stopwords.IsStopword(foldedWord, "en");

    private static string StemOf(string word, string language)
    {
        var stem = Stemmer.Stem(word, Stemmer.Supports(language) ? language : "fr");
        return Transliteration.Key(stem);
    }
}
