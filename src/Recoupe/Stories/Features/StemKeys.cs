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

    public static string For(string lowerWord, string language)
    {
        _byLanguage ??= new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        if (!_byLanguage.TryGetValue(language, out var cache)) _byLanguage[language] = cache = new Dictionary<string, string>(StringComparer.Ordinal);
        if (cache.TryGetValue(lowerWord, out var key)) return key;
        if (cache.Count >= MaxEntries) cache.Clear();
        var stem = Stemmer.Stem(lowerWord, language);
        key = FeatureKeys.Stem(language, NameKey.IsFolded(stem) ? stem : NameKey.Of(stem));
        cache[lowerWord] = key;
        return key;
    }
}
