using Recoupe.Language;

namespace Recoupe.Stories.Features;

/// <summary>
/// Word → stem feature key, memoised per thread and language: stemming dominates feature extraction and
/// news vocabulary repeats heavily. The cache is keyed by the token's hash computed while tokenising (see
/// <see cref="WordHash"/>), checked against the word itself, so that a hit costs one probe and one compare and
/// allocates nothing. It is emptied when it reaches its bound, so memory stays flat.
/// </summary>
internal static class StemKeys
{
    [ThreadStatic] private static Dictionary<string, StemCache>? _byLanguage;
    [ThreadStatic] private static string? _lastLanguage;
    [ThreadStatic] private static StemCache? _last;

    /// <summary>The stem key of a lower-case word whose <see cref="WordHash"/> is <paramref name="hash"/>.</summary>
    public static string For(ReadOnlySpan<char> lowerWord, ulong hash, string language)
    {
        var cache = CacheFor(language);
        if (cache.TryGet(lowerWord, hash, out var key)) return key;
        var word = lowerWord.ToString();
        var stem = Stemmer.Stem(word, language);
        key = FeatureKeys.Stem(language, NameKey.IsFolded(stem) ? stem : NameKey.Of(stem));
        cache.Add(word, hash, key);
        return key;
    }

    public static string For(string lowerWord, string language) => For(lowerWord, WordHash.Of(lowerWord), language);

    private static StemCache CacheFor(string language)
    {
        // Articles name their language with equal but distinct strings: compare the text, it is two letters.
        if (_last is not null && string.Equals(language, _lastLanguage, StringComparison.Ordinal)) return _last;
        _byLanguage ??= new Dictionary<string, StemCache>(StringComparer.Ordinal);
        if (!_byLanguage.TryGetValue(language, out var cache)) _byLanguage[language] = cache = new StemCache();
        _lastLanguage = language;
        _last = cache;
        return cache;
    }

    /// <summary>Open addressing on the word hash; grows by doubling up to <see cref="MaxSlots"/>, then starts over.</summary>
    private sealed class StemCache
    {
        private const int MaxSlots = 1 << 18;
        private ulong[] _hashes = new ulong[4096];
        private string?[] _words = new string?[4096];
        private string[] _keys = new string[4096];
        private int _count;

        public bool TryGet(ReadOnlySpan<char> word, ulong hash, out string key)
        {
            int mask = _words.Length - 1;
            for (int i = Slot(hash, mask); _words[i] is { } w; i = (i + 1) & mask)
            {
                if (_hashes[i] == hash && word.SequenceEqual(w))
                {
                    key = _keys[i];
                    return true;
                }
            }
            key = "";
            return false;
        }

        public void Add(string word, ulong hash, string key)
        {
            if (2 * (_count + 1) > _words.Length)
            {
                if (_words.Length >= MaxSlots) Reset(4096);
                else Grow();
            }
            Insert(word, hash, key);
        }

        private void Insert(string word, ulong hash, string key)
        {
            int mask = _words.Length - 1;
            int i = Slot(hash, mask);
            while (_words[i] is not null) i = (i + 1) & mask;
            _hashes[i] = hash;
            _words[i] = word;
            _keys[i] = key;
            _count++;
        }

        private void Grow()
        {
            var (hashes, words, keys) = (_hashes, _words, _keys);
            Reset(words.Length * 2);
            for (int i = 0; i < words.Length; i++)
                if (words[i] is { } w) Insert(w, hashes[i], keys[i]);
        }

        private void Reset(int slots)
        {
            _hashes = new ulong[slots];
            _words = new string?[slots];
            _keys = new string[slots];
            _count = 0;
        }

        private static int Slot(ulong hash, int mask) => (int)(hash ^ hash >> 32) & mask;
    }
}
