using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace Recoupe.Mentions.Ner.Training;

/// <summary>Settings of <see cref="WordClusterTrainer"/>; the defaults are the ones chosen on the NER tune split.</summary>
public sealed record WordClusterOptions
{
    /// <summary>Cluster counts, coarse to fine: one k-means run each (Lin &amp; Wu 2009 also cluster at several k).</summary>
    public ImmutableArray<int> Sizes { get; init; } = [64, 256, 1000];
    /// <summary>Words seen fewer times are left out (their contexts are too few to place them). Null: the language's default,
    /// chosen on the NER tune split: French 2 (WikiNEuRal tune 0.877 -> 0.879, 14k -> 21k words), English 3 (CoNLL tune 0.920;
    /// 2 gave 0.917, no better than no clusters).</summary>
    public int? MinCount { get; init; }

    public int MinCountFor(string language) => MinCount ?? (language == "fr" ? 2 : 3);
    /// <summary>At most this many words, the most frequent.</summary>
    public int MaxWords { get; init; } = 60_000;
    /// <summary>Neighbour words that are context dimensions (the most frequent; any other is one "rare" dimension per shape).</summary>
    public int ContextWords { get; init; } = 2_000;
    public int Iterations { get; init; } = 12;
    public int Seed { get; init; } = 20261206;
}

/// <summary>
/// Learns <see cref="WordClusters"/> from unlabelled text: each word is described by what stands next to it — the
/// distribution of its left and right neighbours (one and two words away), square-rooted (Hellinger) and normalised —
/// and those vectors are grouped by spherical k-means (cosine), once per granularity. Chosen over Brown clustering
/// because it costs O(words × k) per iteration rather than O(words × k²) and so runs in a minute on two cores, while
/// reading the same signal (the words around a word). Deterministic: seeded k-means++ start, a fixed number of
/// iterations, sums taken in word order; only the assignment step (independent per word) runs in parallel.
/// </summary>
public sealed class WordClusterTrainer(WordClusterOptions options, TextWriter log)
{
    /// <summary>
    /// The unlabelled text a language's clusters are learned from: the TEXT of the train split of its NER corpora (never
    /// the tune or check split, dealt exactly as <see cref="NerCorpora"/> deals them), and running text with no labels
    /// used here: French RPM2 news articles, the seed articles and French TimeBank (Est Républicain 1999, tags removed);
    /// English PolNeAR articles. Yields (source name, text), in a fixed order.
    /// </summary>
    public static IEnumerable<(string Source, string Text)> Texts(string evalRoot, string language)
    {
        foreach (var (doc, split, corpus) in NerCorpora.Read(evalRoot, language))
            if (split == NerSplit.Train) yield return (corpus, doc.Text);
        IEnumerable<string> Files(string folder, string pattern) => Directory.Exists(Path.Combine(evalRoot, folder))
            ? Directory.GetFiles(Path.Combine(evalRoot, folder), pattern).Order(StringComparer.Ordinal) : [];
        if (language == "fr")
        {
            foreach (var f in Files("mds-fr-rpm2/documents", "*.txt")) yield return ("mds-fr-rpm2", File.ReadAllText(f));
            foreach (var f in Files("timex-fr-timebank", "*.tml")) yield return ("timex-fr-timebank", TimeMlText(File.ReadAllText(f)));
            foreach (var f in Files("../samples/seeds", "*.txt")) yield return ("samples/seeds", File.ReadAllText(f));
        }
        else if (language == "en")
            foreach (var f in Files("quotes-en-polnear-train/text", "*.txt")) yield return ("quotes-en-polnear-train", File.ReadAllText(f));
    }

    // The <TEXT> element of a TimeML file with its tags removed.
    private static string TimeMlText(string xml)
    {
        int start = xml.IndexOf("<TEXT>", StringComparison.Ordinal), end = xml.IndexOf("</TEXT>", StringComparison.Ordinal);
        if (start < 0 || end < start) return "";
        return System.Net.WebUtility.HtmlDecode(Regex.Replace(xml[(start + 6)..end], "<[^>]*>", ""));
    }

    public WordClusters Train(string language, IEnumerable<(string Source, string Text)> texts)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        // Token stream of lower-cased words (sentence boundaries do not matter much for neighbour counts; -1 separates texts).
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var words = new List<string>();
        var counts = new List<int>();
        var stream = new List<int>(1 << 20);
        var tokens = new List<NerToken>();
        var perSource = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var buffer = new StringBuilder();
        foreach (var (source, text) in texts)
        {
            tokens.Clear();
            NerTokenizer.Tokenize(text, 0, text.Length, tokens);
            perSource[source] = perSource.GetValueOrDefault(source) + tokens.Count;
            stream.Add(-1);
            foreach (var t in tokens)
            {
                buffer.Clear();
                foreach (var c in text.AsSpan(t.Start, t.Length)) buffer.Append(Recoupe.Language.InvariantCase.ToLower(c));
                var w = buffer.ToString();
                if (!ids.TryGetValue(w, out int id)) { ids[w] = id = words.Count; words.Add(w); counts.Add(0); }
                counts[id]++;
                stream.Add(id);
            }
        }
        stream.Add(-1);
        log.WriteLine($"{stream.Count - perSource.Count - 1:N0} tokens, {words.Count:N0} distinct words: " +
            string.Join(", ", perSource.Select(kv => $"{kv.Key} {kv.Value:N0}")));

        // Rank words by frequency (ties: ordinal), keep the vocabulary and the context words.
        var ranked = Enumerable.Range(0, words.Count).OrderByDescending(i => counts[i]).ThenBy(i => words[i], StringComparer.Ordinal).ToArray();
        var rank = new int[words.Count];
        for (int r = 0; r < ranked.Length; r++) rank[ranked[r]] = r;
        int vocabulary = 0;
        int minCount = options.MinCountFor(language);
        while (vocabulary < ranked.Length && vocabulary < options.MaxWords && counts[ranked[vocabulary]] >= minCount) vocabulary++;
        int contexts = Math.Min(options.ContextWords, ranked.Length);
        // Context dimension of a neighbour: its rank among the context words, else one of two "rare" dimensions
        // (capitalised or not in the text is lost here, so: rare word / rare number), else the text boundary.
        int dims = contexts + 3;
        int ContextOf(int word) => word < 0 ? contexts + 2 : rank[word] < contexts ? rank[word] : char.IsDigit(words[word][0]) ? contexts + 1 : contexts;

        // Per vocabulary word: counts of (offset block, context) pairs, offsets -2, -1, +1, +2.
        int[] offsets = [-2, -1, 1, 2];
        var rows = new Dictionary<int, int>[vocabulary];
        for (int v = 0; v < vocabulary; v++) rows[v] = [];
        for (int p = 0; p < stream.Count; p++)
        {
            int w = stream[p];
            if (w < 0 || rank[w] >= vocabulary) continue;
            var row = rows[rank[w]];
            for (int o = 0; o < offsets.Length; o++)
            {
                int q = p + offsets[o];
                int neighbour = q < 0 || q >= stream.Count ? -1 : stream[q];
                // Beyond a text boundary stays the boundary.
                if (Math.Abs(offsets[o]) == 2 && stream[p + offsets[o] / 2] < 0) neighbour = -1;
                int key = o * dims + ContextOf(neighbour);
                row[key] = row.GetValueOrDefault(key) + 1;
            }
        }
        // Sparse unit vectors: per offset block the square root of the neighbour distribution; the ±1 blocks weigh twice.
        var vectors = new (int[] Index, float[] Value)[vocabulary];
        for (int v = 0; v < vocabulary; v++)
        {
            var pairs = rows[v].OrderBy(kv => kv.Key).ToArray();
            var index = pairs.Select(kv => kv.Key).ToArray();
            var value = new float[pairs.Length];
            double norm = 0;
            for (int k = 0; k < pairs.Length; k++)
            {
                int block = pairs[k].Key / dims;
                double weight = block is 1 or 2 ? 2 : 1;
                value[k] = (float)(weight * Math.Sqrt(pairs[k].Value));
                norm += value[k] * (double)value[k];
            }
            float scale = (float)(1 / Math.Sqrt(Math.Max(norm, 1e-12)));
            for (int k = 0; k < value.Length; k++) value[k] *= scale;
            vectors[v] = (index, value);
        }
        rows = null!;
        log.WriteLine($"{vocabulary:N0} words (count >= {minCount}), {dims * offsets.Length:N0} context dimensions, in {clock.Elapsed.TotalSeconds:0.0} s");

        var assignments = new ushort[options.Sizes.Length][];
        for (int g = 0; g < options.Sizes.Length; g++)
        {
            assignments[g] = KMeans(vectors, dims * offsets.Length, options.Sizes[g], options.Seed + g);
            log.WriteLine($"k = {options.Sizes[g]}: done at {clock.Elapsed.TotalSeconds:0.0} s");
        }
        var vocabularyWords = ranked.Take(vocabulary).Select(i => words[i]).ToArray();
        var description = $"clusters-{language}: spherical k-means over ±1/±2 neighbour distributions, k = {string.Join("/", options.Sizes)}, " +
            $"{vocabulary:N0} words (count >= {minCount}), {options.ContextWords} context words, {options.Iterations} iterations, seed {options.Seed}; " +
            $"text: {string.Join(", ", perSource.Select(kv => $"{kv.Key} {kv.Value:N0} tokens"))}";
        return new WordClusters(language, options.Sizes, description, vocabularyWords, assignments);
    }

    // Spherical k-means: k-means++ start (seeded), then assign to the centroid of highest cosine and re-average.
    private ushort[] KMeans((int[] Index, float[] Value)[] vectors, int dimensions, int k, int seed)
    {
        int n = vectors.Length;
        k = Math.Min(k, n);
        var random = new Random(seed);
        var centroids = new float[k * dimensions];
        // k-means++ over cosine distance (1 - cos), from the data's own points.
        var best = new double[n];
        Array.Fill(best, double.MaxValue);
        int chosen = random.Next(n);
        for (int c = 0; c < k; c++)
        {
            Place(vectors[chosen], centroids.AsSpan(c * dimensions, dimensions));
            var centroid = centroids.AsSpan(c * dimensions, dimensions);
            double total = 0;
            for (int v = 0; v < n; v++)
            {
                double d = Math.Max(0, 1 - Dot(vectors[v], centroid));
                if (d * d < best[v]) best[v] = d * d;
                total += best[v];
            }
            if (c + 1 == k) break;
            double target = random.NextDouble() * total;
            chosen = n - 1;
            for (int v = 0; v < n; v++) { target -= best[v]; if (target <= 0) { chosen = v; break; } }
        }
        var assignment = new int[n];
        for (int iteration = 0; iteration < options.Iterations; iteration++)
        {
            int moved = 0;
            var local = centroids;
            Parallel.For(0, n, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(2, Environment.ProcessorCount) }, v =>
            {
                int argmax = 0;
                double max = double.MinValue;
                for (int c = 0; c < k; c++)
                {
                    double s = Dot(vectors[v], local.AsSpan(c * dimensions, dimensions));
                    if (s > max) { max = s; argmax = c; }
                }
                if (argmax != assignment[v]) Interlocked.Increment(ref moved);
                assignment[v] = argmax;
            });
            // Re-average in word order (deterministic sums), then normalise; an emptied cluster keeps its centroid.
            var sums = new double[k * dimensions];
            var sizes = new int[k];
            for (int v = 0; v < n; v++)
            {
                int c = assignment[v];
                sizes[c]++;
                var (index, value) = vectors[v];
                for (int j = 0; j < index.Length; j++) sums[c * dimensions + index[j]] += value[j];
            }
            for (int c = 0; c < k; c++)
            {
                if (sizes[c] == 0) continue;
                double norm = 0;
                for (int d = 0; d < dimensions; d++) norm += sums[c * dimensions + d] * sums[c * dimensions + d];
                double scale = 1 / Math.Sqrt(Math.Max(norm, 1e-12));
                for (int d = 0; d < dimensions; d++) centroids[c * dimensions + d] = (float)(sums[c * dimensions + d] * scale);
            }
            log.WriteLine($"  k = {k}, iteration {iteration + 1}: {moved:N0} words moved");
            if (moved == 0) break;
        }
        return assignment.Select(a => (ushort)a).ToArray();
    }

    private static void Place((int[] Index, float[] Value) vector, Span<float> centroid)
    {
        centroid.Clear();
        for (int j = 0; j < vector.Index.Length; j++) centroid[vector.Index[j]] = vector.Value[j];
    }

    private static double Dot((int[] Index, float[] Value) vector, ReadOnlySpan<float> centroid)
    {
        float s = 0;
        var (index, value) = vector;
        for (int j = 0; j < index.Length; j++) s += value[j] * centroid[index[j]];
        return s;
    }
}
