using Recoupe.Model;

namespace Recoupe.Briefs.Analysis;

/// <summary>
/// Which articles of a story trace back to one origin, and so count as one witness. Three bonds join two articles: one is a
/// syndicated copy of the other (<see cref="Article.CopyOf"/>, followed to its root); both credit the same wire agency, or one is
/// that agency (<see cref="WireOrigin"/>: "avec AFP", "(Reuters)"); or they share several sentences word for word (a rewritten
/// dispatch that credits nobody), or a fifth of their word 5-grams (a rewrite that cuts and re-orders the dispatch's sentences).
/// <see cref="CopyGroup"/> keeps the strict copy relation (two copies never conflict with each
/// other); <see cref="Origin"/> is the wider one used to count sources.
/// </summary>
internal sealed class SourceIndependence
{
    /// <summary>Two sentences are the same sentence from this share of shared word 5-grams (of the shorter one).</summary>
    public const double SameSentenceShare = 0.6;
    /// <summary>Articles sharing this many same sentences trace back to one dispatch…</summary>
    public const int SharedSentences = 3;
    /// <summary>…or at least two that make this share of the shorter article's sentences.</summary>
    public const double SharedSentenceShare = 0.3;
    /// <summary>A word 5-gram used by more articles than this is a stock phrase, not evidence of copying.</summary>
    private const int MaxShinglePostings = 16;

    private readonly int[] _copyGroup;
    private readonly int[] _origin;
    private readonly IReadOnlyList<string>[] _agencies;
    private readonly string[] _originLabel;
    private readonly string[] _originReason;

    private SourceIndependence(int[] copyGroup, int[] origin, IReadOnlyList<string>[] agencies, string[] label, string[] reason)
    {
        _copyGroup = copyGroup;
        _origin = origin;
        _agencies = agencies;
        _originLabel = label;
        _originReason = reason;
    }

    public int CopyGroup(int articleIndex) => _copyGroup[articleIndex];
    /// <summary>The origin group of an article: articles with the same value count as one source.</summary>
    public int Origin(int articleIndex) => _origin[articleIndex];
    public IReadOnlyList<string> Agencies(int articleIndex) => _agencies[articleIndex];
    /// <summary>What an origin group traces back to ("AFP", the outlet or title of its earliest article) and why ("agency credit", "copy", "shared wording", "own reporting").</summary>
    public (string Label, string Reason) Describe(int origin) => (_originLabel[origin], _originReason[origin]);

    /// <param name="sentences">Each article's sentences as lower-cased words, to find rewrites of one dispatch; null to skip.</param>
    public static SourceIndependence For(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<IReadOnlyList<string[]>>? sentences = null) =>
        For(articles, sentences?.Select(list => (IReadOnlyList<long[]>)list.Select(Shingles).ToArray()).ToArray(), null);

    /// <param name="shingles">Each article's sentences as their word 5-grams (<see cref="Shingles"/>), to find rewrites; null to skip.</param>
    /// <param name="creditedInText">Each article's <see cref="WireOrigin.Find"/> of its text, when read before; null reads them.</param>
    /// <param name="articleShingles">Each article's distinct 5-grams over those sentences, sorted (<see cref="ArticleShingles"/>), when
    /// kept from before; null merges them from <paramref name="shingles"/>.</param>
    public static SourceIndependence For(IReadOnlyList<AnalyzedArticle> articles, IReadOnlyList<IReadOnlyList<long[]>>? shingles,
        IReadOnlyList<IReadOnlyList<string>>? creditedInText, IReadOnlyList<long[]>? articleShingles = null)
    {
        int n = articles.Count;
        var copyGroup = CopyGroups(articles);
        // An agency is credited in the text, is the outlet itself, or is credited in the outlet's name ("Le Journal (avec AFP)").
        var agencies = articles.Select((a, i) => (IReadOnlyList<string>)(creditedInText?[i] ?? WireOrigin.Find(a.Article.Text))
            .Concat(WireOrigin.AgencyNamed(a.Article.Outlet) is { } own ? [own] : Array.Empty<string>())
            .Concat(a.Article.Outlet is { Length: > 0 } outlet ? WireOrigin.Find(outlet) : [])
            .Distinct().Order(StringComparer.Ordinal).ToList()).ToArray();
        var parent = Enumerable.Range(0, n).ToArray();
        var reason = Enumerable.Repeat("own reporting", n).ToArray();
        for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++)
        {
            if (copyGroup[a] == copyGroup[b]) { Union(parent, a, b); reason[a] = reason[b] = "copy"; }
        }
        var byAgency = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int a = 0; a < n; a++)
            foreach (var agency in agencies[a])
            {
                if (byAgency.TryGetValue(agency, out var first)) Union(parent, a, first);
                else byAgency[agency] = a;
                reason[a] = "agency credit";
            }
        if (shingles is not null)
            foreach (var (a, b) in Rewrites(shingles.Select(list => list.ToArray()).ToArray(),
                         articleShingles ?? shingles.Select(list => ArticleShingles.Of(list, list.Count).Hashes).ToArray()))
            {
                if (Find(parent, a) == Find(parent, b)) continue;
                Union(parent, a, b);
                if (reason[a] == "own reporting") reason[a] = "shared wording";
                if (reason[b] == "own reporting") reason[b] = "shared wording";
            }
        var origin = new int[n];
        for (int a = 0; a < n; a++) origin[a] = Find(parent, a);
        // Each group is named by its agency if one is credited, else by its earliest article; its reason is the strongest bond in it.
        var label = new string[n];
        var groupReason = new string[n];
        foreach (var group in Enumerable.Range(0, n).GroupBy(a => origin[a]))
        {
            var agency = group.SelectMany(a => agencies[a]).GroupBy(x => x).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).FirstOrDefault();
            var reasons = group.Select(a => reason[a]).ToHashSet();
            var r = agency is not null ? "agency credit" : reasons.Contains("copy") ? "copy" : reasons.Contains("shared wording") ? "shared wording" : "own reporting";
            label[group.Key] = agency ?? EarliestArticleLabel(articles[group.Min()].Article);
            groupReason[group.Key] = r;
        }
        return new SourceIndependence(copyGroup, origin, agencies, label, groupReason);
    }

    /// <summary>Longest title kept in a label.</summary>
    private const int LabelTitleChars = 80;

    /// <summary>
    /// A group without a credited agency is named by its earliest article: its outlet, else its title, else its address's host,
    /// else its file's name (never the folder path of the machine that read it: a brief is shown to readers). Never by
    /// its database id: ids depend on the store and on the run (PostgreSQL sequences skip the ids of a killed transaction, SQLite
    /// reuses them), and a brief must read the same whichever run built it (issue 17).
    /// </summary>
    private static string EarliestArticleLabel(Article article)
    {
        if (article.Outlet is { Length: > 0 } outlet) return outlet;
        if (article.Title?.Trim() is { Length: > 0 } title)
        {
            if (title.Length <= LabelTitleChars) return title;
            int cut = char.IsHighSurrogate(title[LabelTitleChars - 1]) ? LabelTitleChars - 1 : LabelTitleChars;
            return title[..cut].TrimEnd() + "…";
        }
        return Rendering.SourceLabels.Host(article.Input) ?? FileName(article.Input);
    }

    /// <summary>The last segment of a path ("a/b/report.txt" → "report.txt"; "feed.xml#3" stays whole).</summary>
    private static string FileName(string input)
    {
        int slash = input.LastIndexOfAny(['/', '\\']);
        return slash >= 0 && slash < input.Length - 1 ? input[(slash + 1)..] : input;
    }

    private static int[] CopyGroups(IReadOnlyList<AnalyzedArticle> articles)
    {
        var indexById = new Dictionary<long, int>();
        for (int a = 0; a < articles.Count; a++)
            if (articles[a].Article.Id != 0) indexById.TryAdd(articles[a].Article.Id, a);
        var group = new int[articles.Count];
        for (int a = 0; a < articles.Count; a++)
        {
            // Follow CopyOf to the root inside the story (bounded: a cycle in bad data must not hang).
            int current = a;
            for (int hop = 0; hop < 16; hop++)
            {
                var copyOf = articles[current].Article.CopyOf;
                if (copyOf is null || !indexById.TryGetValue(copyOf.Value, out var original) || original == current) break;
                current = original;
            }
            // A copy of an article outside the story still groups with other copies of the same original.
            var rootCopyOf = articles[current].Article.CopyOf;
            group[a] = rootCopyOf is { } outside && !indexById.ContainsKey(outside) ? -(int)(outside % int.MaxValue) - 1 : current;
        }
        return group;
    }

    /// <summary>
    /// Pairs of articles (in order) that share enough sentences word for word, or enough of their wording, to be rewrites of one dispatch. Each sentence is a sorted set of
    /// word 5-gram hashes; its few smallest hashes (a bottom-k sketch) go into an index, so that near-identical sentences meet there
    /// (they share their smallest 5-grams) and only those pairs are compared in full: no pair of articles is compared sentence by
    /// sentence. A sketch value that many articles share is a stock phrase and is skipped.
    /// </summary>
    private static IEnumerable<(int A, int B)> Rewrites(long[][][] shingles, IReadOnlyList<long[]> articleShingles)
    {
        const int sketch = 3;
        // The sketch of every sentence as (hash, article, sentence) in one sorted array rather than a list per hash: sentences that
        // share a sketch value are one run; within it, in (article, sentence) order, the order the pairs were always taken in.
        int total = 0;
        foreach (var article in shingles)
            foreach (var sentence in article) total += Math.Min(sketch, sentence.Length);
        var hashes = new long[total];
        var owners = new long[total];
        int at = 0;
        for (int a = 0; a < shingles.Length; a++)
            for (int s = 0; s < shingles[a].Length; s++)
                for (int k = 0; k < Math.Min(sketch, shingles[a][s].Length); k++)
                {
                    hashes[at] = shingles[a][s][k];
                    owners[at++] = (long)a << 32 | (uint)s;
                }
        Array.Sort(hashes, owners);
        var compared = new HashSet<(int, int, int, int)>();
        var shared = new Dictionary<(int, int), HashSet<int>>();
        for (int start = 0, end; start < total; start = end)
        {
            end = start + 1;
            while (end < total && hashes[end] == hashes[start]) end++;
            int count = end - start;
            if (count < 2 || count > 4 * MaxShinglePostings) continue;
            Array.Sort(owners, start, count);
            for (int i = start; i < end; i++)
            for (int j = i + 1; j < end; j++)
            {
                int a = (int)(owners[i] >> 32), s = (int)owners[i];
                int b = (int)(owners[j] >> 32), t = (int)owners[j];
                if (a == b || !compared.Add((a, s, b, t))) continue;
                var x = shingles[a][s];
                var y = shingles[b][t];
                if (Common(x, y) < SameSentenceShare * Math.Min(x.Length, y.Length)) continue;
                (shared.TryGetValue((a, b), out var set) ? set : shared[(a, b)] = []).Add(s);
            }
        }
        var found = new SortedSet<(int, int)>();
        foreach (var ((a, b), set) in shared)
        {
            int smaller = Math.Max(1, Math.Min(shingles[a].Length, shingles[b].Length));
            if (set.Count >= SharedSentences || set.Count >= 2 && set.Count >= SharedSentenceShare * smaller) found.Add((a, b));
        }
        foreach (var pair in SharedPassages(articleShingles)) found.Add(pair);
        return found;
    }

    /// <summary>A rewrite shares this share of the shorter article's word 5-grams (outlets in their own words share under a tenth)…</summary>
    public const double SharedShingleShare = 0.2;
    /// <summary>…and at least this many, so that two short texts sharing one stock sentence are not one dispatch.</summary>
    public const int MinSharedShingles = 15;

    /// <summary>Articles up to which pair counts fit a flat n × n table (4 MB).</summary>
    private const int DenseArticles = 1024;

    /// <summary>
    /// Pairs of articles that share a fair part of their wording, counted over the whole text rather than sentence by sentence: a
    /// rewrite that cuts, merges and re-orders the dispatch's sentences keeps its word 5-grams, though few sentences stay whole.
    /// A 5-gram found in many articles of the story is a stock phrase and counts for no pair.
    /// </summary>
    /// <param name="articleShingles">Each article's distinct 5-grams, sorted.</param>
    private static IEnumerable<(int A, int B)> SharedPassages(IReadOnlyList<long[]> articleShingles)
    {
        int n = articleShingles.Count;
        // Every (5-gram, article) of the story in one sorted array rather than a list of articles per 5-gram: the articles that
        // share a 5-gram are then one run, found in one pass with no allocation per 5-gram.
        int total = 0;
        for (int a = 0; a < n; a++) total += articleShingles[a].Length;
        var hashes = new long[total];
        var owners = new int[total];
        int at = 0;
        for (int a = 0; a < n; a++)
        {
            articleShingles[a].CopyTo(hashes, at);
            Array.Fill(owners, a, at, articleShingles[a].Length);
            at += articleShingles[a].Length;
        }
        Array.Sort(hashes, owners);
        // Pair counts in a flat table (a brief analyses at most a few hundred articles), in a dictionary past that.
        var table = n <= DenseArticles ? new int[n * n] : null;
        var sparse = table is null ? new Dictionary<int, int>() : null;
        for (int start = 0, end; start < total; start = end)
        {
            end = start + 1;
            while (end < total && hashes[end] == hashes[start]) end++;
            int count = end - start;
            if (count < 2 || count > MaxShinglePostings) continue;
            // Each article holds a 5-gram once, so a run lists distinct articles; in ascending order, as the pairs are counted.
            Array.Sort(owners, start, count);
            for (int i = start; i < end; i++)
            for (int j = i + 1; j < end; j++)
            {
                int key = owners[i] * n + owners[j];
                if (table is not null) table[key]++;
                else sparse![key] = sparse.GetValueOrDefault(key) + 1;
            }
        }
        for (int a = 0; a < n; a++)
        for (int b = a + 1; b < n; b++)
        {
            int count = table is not null ? table[a * n + b] : sparse!.GetValueOrDefault(a * n + b);
            if (count >= MinSharedShingles && count >= SharedShingleShare * Math.Min(articleShingles[a].Length, articleShingles[b].Length))
                yield return (a, b);
        }
    }

    private static int Common(long[] x, long[] y)
    {
        int i = 0, j = 0, n = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { n++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return n;
    }

    /// <summary>The sentence's distinct word 5-grams as sorted stable hashes.</summary>
    public static long[] Shingles(string[] words)
    {
        if (words.Length < 5) return [];
        var hashes = new long[words.Length];
        for (int i = 0; i < words.Length; i++) hashes[i] = StableHash(words[i]);
        var set = new HashSet<long>();
        for (int i = 0; i + 5 <= words.Length; i++)
        {
            long h = 17;
            for (int k = i; k < i + 5; k++) h = h * 1_000_003 + hashes[k];
            set.Add(h);
        }
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    /// <summary>A hash that is the same on every run (string.GetHashCode is randomised per process).</summary>
    private static long StableHash(string s)
    {
        long h = 1469598103934665603;
        foreach (var c in s) h = (h ^ c) * 1099511628211;
        return h;
    }

    /// <summary>Jaccard overlap of word bigrams: high only when the wording, not just the topic, is shared.</summary>
    public static double WordOverlap(string[] a, string[] b) => WordOverlap(BigramHashes(a), BigramHashes(b));

    /// <summary>The same, on the sentences' bigrams computed once per sentence.</summary>
    public static double WordOverlap(SentenceUnit a, SentenceUnit b) => WordOverlap(a.Bigrams, b.Bigrams);

    private static double WordOverlap(long[] x, long[] y)
    {
        if (x.Length == 0 || y.Length == 0) return 0;
        int i = 0, j = 0, shared = 0;
        while (i < x.Length && j < y.Length)
        {
            if (x[i] == y[j]) { shared++; i++; j++; }
            else if (x[i] < y[j]) i++;
            else j++;
        }
        return shared / (double)(x.Length + y.Length - shared);
    }

    /// <summary>The distinct word bigrams of a word sequence as sorted stable hashes.</summary>
    public static long[] BigramHashes(string[] words)
    {
        if (words.Length < 2) return [];
        var set = new HashSet<long>();
        for (int i = 0; i + 1 < words.Length; i++) set.Add(StableHash(words[i]) * 1_000_003 + StableHash(words[i + 1]));
        var result = set.ToArray();
        Array.Sort(result);
        return result;
    }

    private static int Find(int[] p, int i)
    {
        while (p[i] != i) i = p[i] = p[p[i]];
        return i;
    }

    private static void Union(int[] p, int i, int j)
    {
        int a = Find(p, i), b = Find(p, j);
        // The smaller index becomes the root, so a group is named by its earliest article whatever the order of unions.
        if (a < b) p[b] = a;
        else p[a] = b;
    }
}
