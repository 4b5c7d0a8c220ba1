using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>
/// Word → stem feature key, memoised per thread and language: stemming dominates feature extraction and
/// news vocabulary repeats heavily. The cache is cleared when it reaches its bound, so memory stays flat.
/// </summary>
internal static class StemKeys
{
    private const int MaxEntries = 200_000;
    [ThreadStatic] private static Dictionary<(string Language, string Word), string>? _cache;

    public static string For(string lowerWord, string language)
    {
        _cache ??= new Dictionary<(string, string), string>();
        if (_cache.TryGetValue((language, lowerWord), out var key)) return key;
        if (_cache.Count >= MaxEntries) _cache.Clear();
        var stem = Stemmer.Stem(lowerWord, language);
        key = FeatureKeys.Stem(language, NameKey.IsFolded(stem) ? stem : NameKey.Of(stem));
        _cache[(language, lowerWord)] = key;
        return key;
    }
}
