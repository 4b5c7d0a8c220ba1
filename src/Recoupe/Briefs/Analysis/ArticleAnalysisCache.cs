using System.Collections.Concurrent;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// The story-independent reading of recently briefed articles (<see cref="ArticleSentences"/>), by article id, so that rebuilding
/// the brief of a story that gained one article reads only the new one. An entry is used only when it was read from an equal
/// article (same text, title, language and annotations: <see cref="ArticleSentences.Fits"/>), so an article re-analysed by
/// another pipeline version, or two articles sharing an unassigned id, are read again: the cache never changes a brief.
/// Thread-safe; bounded to <see cref="Capacity"/> articles, the oldest entries leaving first.
/// </summary>
internal sealed class ArticleAnalysisCache
{
    private readonly ConcurrentDictionary<long, ArticleSentences> _entries = new();
    private readonly ConcurrentQueue<long> _order = new();
    /// <summary>One copy of each word and stem the cached articles use (news repeats its words: most of a cache's memory otherwise).</summary>
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    /// <summary>Distinct strings kept at most; beyond, the pool starts afresh (entries keep theirs, new ones share less).</summary>
    private const int MaxStrings = 1_000_000;

    public ArticleAnalysisCache(int capacity) => Capacity = Math.Max(0, capacity);

    public int Capacity { get; }

    /// <summary>Reads served from the cache and reads done, since it was made (for the bench and tests).</summary>
    public long Hits => Interlocked.Read(ref _hits);
    public long Misses => Interlocked.Read(ref _misses);
    private long _hits, _misses;

    public ArticleSentences Get(AnalyzedArticle article, int maxSentences)
    {
        long id = article.Article.Id;
        if (_entries.TryGetValue(id, out var cached) && cached.Fits(article, maxSentences))
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        Interlocked.Increment(ref _misses);
        if (Capacity == 0) return ArticleSentences.Read(article, maxSentences);
        if (_strings.Count > MaxStrings) _strings.Clear();
        var read = ArticleSentences.Read(article, maxSentences, Intern);
        if (_entries.TryAdd(id, read)) _order.Enqueue(id);
        else _entries[id] = read;
        while (_entries.Count > Capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
        return read;
    }

    private string Intern(string s) => _strings.GetOrAdd(s, s);
}
