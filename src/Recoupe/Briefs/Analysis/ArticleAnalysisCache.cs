using System.Collections.Concurrent;
using Recoupe.Mentions.Resolution;
using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// The story-independent reading of recently briefed articles, by article id, so that rebuilding the brief of a story that gained
/// one article reads only the new one: its sentences (<see cref="ArticleSentences"/>) and its entity mentions grouped for the
/// cross-document merge (<see cref="ArticleEntities"/>). An entry is used only when it was read from an equal article (same text,
/// title, language and annotations: <see cref="ArticleSentences.Fits"/>, <see cref="ArticleEntities.Fits"/>), so an article
/// re-analysed by another pipeline version, or two articles sharing an unassigned id, are read again: the cache never changes a
/// brief. Thread-safe; bounded to <see cref="Capacity"/> articles, the oldest entries leaving first.
/// </summary>
internal sealed class ArticleAnalysisCache
{
    private readonly Bounded<ArticleSentences> _sentences;
    private readonly Bounded<ArticleEntities> _entities;
    /// <summary>One copy of each word and stem the cached articles use (news repeats its words: most of a cache's memory otherwise).</summary>
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    /// <summary>Distinct strings kept at most; beyond, the pool starts afresh (entries keep theirs, new ones share less).</summary>
    private const int MaxStrings = 1_000_000;

    public ArticleAnalysisCache(int capacity)
    {
        Capacity = Math.Max(0, capacity);
        _sentences = new Bounded<ArticleSentences>(Capacity);
        _entities = new Bounded<ArticleEntities>(Capacity);
    }

    public int Capacity { get; }

    /// <summary>Sentence readings served from the cache and done, since it was made (for the bench and tests).</summary>
    public long Hits => _sentences.Hits;
    public long Misses => _sentences.Misses;
    /// <summary>Entity readings served from the cache and done.</summary>
    public long EntityHits => _entities.Hits;
    public long EntityMisses => _entities.Misses;

    public ArticleSentences Get(AnalyzedArticle article, int maxSentences)
    {
        if (_sentences.TryGet(article.Article.Id, s => s.Fits(article, maxSentences)) is { } cached) return cached;
        if (Capacity == 0) return ArticleSentences.Read(article, maxSentences);
        if (_strings.Count > MaxStrings) _strings.Clear();
        return _sentences.Put(article.Article.Id, ArticleSentences.Read(article, maxSentences, Intern));
    }

    /// <summary>The article's entity mentions grouped by key, as <see cref="ArticleEntities.Read"/> gives them.</summary>
    public ArticleEntities Entities(AnalyzedArticle article)
    {
        var (text, mentions) = (article.Article.Text, article.Annotations.Entities);
        if (_entities.TryGet(article.Article.Id, e => e.Fits(text, mentions)) is { } cached) return cached;
        var read = ArticleEntities.Read(text, mentions);
        return Capacity == 0 ? read : _entities.Put(article.Article.Id, read);
    }

    private string Intern(string s) => _strings.GetOrAdd(s, s);

    /// <summary>Entries by article id, the oldest leaving first beyond the capacity.</summary>
    private sealed class Bounded<T>(int capacity) where T : class
    {
        private readonly ConcurrentDictionary<long, T> _entries = new();
        private readonly ConcurrentQueue<long> _order = new();
        private long _hits, _misses;

        public long Hits => Interlocked.Read(ref _hits);
        public long Misses => Interlocked.Read(ref _misses);

        /// <summary>The entry of an id when <paramref name="fits"/> accepts it (a hit), else null (a miss: the caller reads the article).</summary>
        public T? TryGet(long id, Func<T, bool> fits)
        {
            if (_entries.TryGetValue(id, out var cached) && fits(cached))
            {
                Interlocked.Increment(ref _hits);
                return cached;
            }
            Interlocked.Increment(ref _misses);
            return null;
        }

        public T Put(long id, T read)
        {
            if (_entries.TryAdd(id, read)) _order.Enqueue(id);
            else _entries[id] = read;
            while (_entries.Count > capacity && _order.TryDequeue(out var oldest)) _entries.TryRemove(oldest, out _);
            return read;
        }
    }
}
