using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>
/// Word → stem feature key, memoised per thread and language: stemming dominates feature extraction and
/// news vocabulary repeats heavily. The cache is cleared when it reaches its bound, so memory stays flat.
/// </summary>
internal static class StemKeys
{
    private const int MaxEntries = 200_000;
    [ThreadStatic] private static Dictionary<string, Dictionary<string, string>>? _byLanguage;

    [ThreadStatic] private static string? _lastLanguage;
    [ThreadStatic] private static Dictionary<string, string>? _last;
    [ThreadStatic] private static Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lastLookup;

    /// <summary>The stem key of a lower-case word; a hit (the common case) allocates nothing.</summary>
    public static string For(ReadOnlySpan<char> lowerWord, string language)
    {
        var cache = CacheFor(language);
        if (_lastLookup.TryGetValue(lowerWord, out var key)) return key;
        if (cache.Count >= MaxEntries) cache.Clear();
        var word = lowerWord.ToString();
        var stem = Stemmer.Stem(word, language);
        key = FeatureKeys.Stem(language, NameKey.IsFolded(stem) ? stem : NameKey.Of(stem));
        cache[word] = key;
        return key;
    }

    public static string For(string lowerWord, string language) => For(lowerWord.AsSpan(), language);

    private static Dictionary<string, string> CacheFor(string language)
    {
        // Articles name their language with equal but distinct strings: compare the text, it is two letters.
        if (_last is not null && string.Equals(language, _lastLanguage, StringComparison.Ordinal)) return _last;
        _byLanguage ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (!_byLanguage.TryGetValue(language, out var cache)) _byLanguage[language] = cache = new Dictionary<string, string>(StringComparer.Ordinal);
        _lastLanguage = language;
        _last = cache;
        _lastLookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        return cache;
    }
}
