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

    /// <summary>
    /// Open addressing on the word hash; grows by doubling up to <see cref="MaxSlots"/>, then starts over.
    /// Hash, word and key of a slot sit side by side in one struct: a probe touches one cache line for the
    /// slot (three parallel arrays cost three misses per lookup in a table of a quarter million slots).
    /// </summary>
    private sealed class StemCache
    {
        private const int MaxSlots = 1 << 18;
        private Entry[] _entries = new Entry[4096];
        private int _count;

        private struct Entry
        {
            public ulong Hash;
            public string? Word;
            public string Key;
        }

        public bool TryGet(ReadOnlySpan<char> word, ulong hash, out string key)
        {
            var entries = _entries;
            int mask = entries.Length - 1;
            for (int i = Slot(hash, mask); entries[i].Word is { } w; i = (i + 1) & mask)
            {
                if (entries[i].Hash == hash && word.SequenceEqual(w))
                {
                    key = entries[i].Key;
                    return true;
                }
            }
            key = "";
            return false;
        }

        public void Add(string word, ulong hash, string key)
        {
            if (2 * (_count + 1) > _entries.Length)
            {
                if (_entries.Length >= MaxSlots) Reset(4096);
                else Grow();
            }
            Insert(word, hash, key);
        }

        private void Insert(string word, ulong hash, string key)
        {
            var entries = _entries;
            int mask = entries.Length - 1;
            int i = Slot(hash, mask);
            while (entries[i].Word is not null) i = (i + 1) & mask;
            entries[i] = new Entry { Hash = hash, Word = word, Key = key };
            _count++;
        }

        private void Grow()
        {
            var old = _entries;
            Reset(old.Length * 2);
            foreach (var e in old)
                if (e.Word is { } w) Insert(w, e.Hash, e.Key);
        }

        private void Reset(int slots)
        {
            _entries = new Entry[slots];
            _count = 0;
        }

        private static int Slot(ulong hash, int mask) => (int)(hash ^ hash >> 32) & mask;
    }
}
