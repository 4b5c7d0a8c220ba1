using System.Text;
using System.Text.RegularExpressions;
using Recoupe.Model;
using Recoupe.Pipeline;

namespace Recoupe.Evaluation.Clustering;

/// <summary>
/// Synthetic confusable topics made from gold topics, for selection (issue 16: the dev topics, and any half of them,
/// hold no pair of different events about the same people and places, so a setting tuned on them never learns to keep
/// such events apart — and on unseen topics two stories about one minister fused).
/// <para>A <b>name-swapped</b> topic A→B is topic A's articles with A's most salient people, places and organisations
/// (those named in most of its articles) written as B's of the same type and rank: it tells A's events (A's words,
/// numbers) with B's names. In a stream of B and A→B (A itself left out: A and A→B are one event told with other
/// names) the two must stay two stories, as must the unrelated pairs around them; a clusterer that joins on shared
/// names alone fuses them and loses B-cubed precision on both.</para>
/// <para>Deterministic: topics are paired by a seeded shuffle, names ranked by article count then key, and the
/// rewritten text analysed by the same pipeline as the originals.</para>
/// </summary>
public static class ConfusableTopics
{
    /// <summary>Salient names swapped per type (people, places, organisations), most frequent first.</summary>
    public static readonly IReadOnlyDictionary<EntityType, int> SwappedPerType = new Dictionary<EntityType, int>
    {
        [EntityType.Person] = 2, [EntityType.Place] = 2, [EntityType.Organization] = 1,
    };

    /// <summary>A name is salient when at least this share of its topic's articles mention it.</summary>
    public const double MinArticleShare = 0.25;

    /// <summary>
    /// The confusable stream of <paramref name="gold"/>'s topics: topics shuffled by <paramref name="seed"/> and taken in
    /// pairs (A, B); for each pair B's own articles and A→B (an odd topic out is kept as it is). Pseudo-topics are named
    /// "A~B" (clusters "A~B_Cn"), so that they count as topics of their own.
    /// </summary>
    public static List<GoldArticle> Stream(IReadOnlyList<GoldArticle> gold, RecoupePipeline pipeline, int seed)
    {
        var topics = gold.Select(g => g.Topic).Distinct().Order(StringComparer.Ordinal).ToList();
        var random = new Random(seed);
        for (int i = topics.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (topics[i], topics[j]) = (topics[j], topics[i]);
        }
        var byTopic = gold.GroupBy(g => g.Topic).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var result = new List<GoldArticle>();
        for (int i = 0; i + 1 < topics.Count; i += 2)
        {
            var (a, b) = (byTopic[topics[i]], byTopic[topics[i + 1]]);
            result.AddRange(b);
            result.AddRange(NameSwapped(a, b, pipeline));
        }
        if (topics.Count % 2 == 1) result.AddRange(byTopic[topics[^1]]);
        return result;
    }

    /// <summary>Topic <paramref name="a"/>'s articles with its salient names written as <paramref name="b"/>'s.</summary>
    public static List<GoldArticle> NameSwapped(IReadOnlyList<GoldArticle> a, IReadOnlyList<GoldArticle> b, RecoupePipeline pipeline)
    {
        var from = Salient(a);
        var to = Salient(b);
        var replacements = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (type, count) in SwappedPerType)
        {
            var sources = from.Where(n => n.Type == type).Take(count).ToList();
            var targets = to.Where(n => n.Type == type).Take(count).ToList();
            for (int i = 0; i < Math.Min(sources.Count, targets.Count); i++)
                foreach (var surface in sources[i].Surfaces)
                    replacements.TryAdd(surface, Target(surface, sources[i].Display, targets[i].Display, type));
        }
        string topic = a[0].Topic + "~" + b[0].Topic;
        if (replacements.Count == 0) return [];
        // What was swapped, for whoever checks the material (stderr, like the other diagnostics of eval clustering).
        if (Environment.GetEnvironmentVariable("RECOUPE_CLUSTERING_CONFUSABLE_SHOW") == "1")
            Console.Error.WriteLine($"confusable {topic}: " + string.Join("; ", replacements.Select(kv => kv.Key + " -> " + kv.Value)));
        // One pass, longest surface first, whole words only: a replaced name is never rewritten again.
        var pattern = new Regex(@"(?<![\p{L}\p{N}])(?:" + string.Join("|", replacements.Keys.OrderByDescending(k => k.Length)
            .ThenBy(k => k, StringComparer.Ordinal).Select(Regex.Escape)) + @")(?![\p{L}\p{N}])", RegexOptions.CultureInvariant);
        var result = new List<GoldArticle>(a.Count);
        foreach (var g in a)
        {
            var article = g.Article.Article;
            string Rewrite(string s) => pattern.Replace(s, m => replacements[m.Value]);
            var title = article.Title is { } t ? Rewrite(t) : null;
            var text = Rewrite(article.Text);
            // The cleaner reads a plain text's first line as its title when the text starts with it, as RPM2 files do.
            var raw = title is not null && !text.StartsWith(title, StringComparison.Ordinal) ? title + "\n" + text : text;
            var name = "swap-" + topic + "-" + g.File;
            var cleaned = pipeline.Clean(new RawDocument(name, Encoding.UTF8.GetBytes(raw), InputKind.Text, new DocumentHints(Title: title)));
            if (!cleaned.Success) continue;
            var cluster = topic + g.Cluster[g.Topic.Length..];
            result.Add(new GoldArticle(name, topic, cluster, pipeline.Analyze(cleaned.Value! with { Published = article.Published })));
        }
        return result;
    }

    private sealed record SalientName(EntityType Type, string Key, string Display, int Articles, IReadOnlyList<string> Surfaces);

    /// <summary>
    /// The topic's names mentioned in at least <see cref="MinArticleShare"/> of its articles, most articles first (ties by
    /// key): each with its most written form (what a target name is written as; ties: the longer) and the forms made of
    /// that form's words only (a surname alone, another case or accent): a form with other words is the recogniser's
    /// wrong boundary ("Banque Martin est") or another name tied to it (an acronym), left as it is.
    /// </summary>
    private static List<SalientName> Salient(IReadOnlyList<GoldArticle> topic)
    {
        var articles = new Dictionary<(EntityType, string), int>();
        var surfaces = new Dictionary<(EntityType, string), Dictionary<string, int>>();
        foreach (var g in topic)
        {
            var text = g.Article.Article.Text;
            foreach (var group in g.Article.Annotations.Entities.Where(e => e.Type != EntityType.Other && e.Key.Length > 0).GroupBy(e => (e.Type, e.Key)))
            {
                articles[group.Key] = articles.GetValueOrDefault(group.Key) + 1;
                if (!surfaces.TryGetValue(group.Key, out var counts)) surfaces[group.Key] = counts = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var e in group)
                {
                    var surface = e.Span.Of(text).Trim();
                    if (surface.Length >= 2 && char.IsUpper(surface[0]) && surface.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'' or '’' or '.'))
                        counts[surface] = counts.GetValueOrDefault(surface) + 1;
                }
            }
        }
        int min = Math.Max(2, (int)Math.Ceiling(MinArticleShare * topic.Count));
        var result = new List<SalientName>();
        foreach (var (key, count) in articles.Where(kv => kv.Value >= min && surfaces[kv.Key].Count > 0)
            .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal))
        {
            var forms = surfaces[key];
            var display = forms.OrderByDescending(f => f.Value).ThenByDescending(f => f.Key.Length).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key;
            var words = Words(display);
            var kept = forms.Keys.Where(f => Words(f).All(words.Contains)).ToHashSet(StringComparer.Ordinal);
            // A person's surname alone is how articles write them after the first mention, also where the recogniser
            // missed it (at the start of a sentence): left as it was, the source topic's name would stay in the text.
            int space = display.LastIndexOf(' ');
            if (key.Item1 == EntityType.Person && space > 0 && display.Length - space > 3) kept.Add(display[(space + 1)..]);
            result.Add(new SalientName(key.Item1, key.Item2, display, count, kept.Order(StringComparer.Ordinal).ToList()));
        }
        return result;
    }

    private static HashSet<string> Words(string name) =>
        name.Split([' ', '-', '\'', '’'], StringSplitOptions.RemoveEmptyEntries).Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// What a written form becomes: a person's surname alone ("Durand" of "Jeanne Durand") becomes the target's last
    /// word, as an article would write it; any other form the target's full form.
    /// </summary>
    private static string Target(string surface, string sourceDisplay, string targetDisplay, EntityType type)
    {
        if (type != EntityType.Person || surface.Length >= sourceDisplay.Length || surface.Contains(' ')) return targetDisplay;
        int space = targetDisplay.LastIndexOf(' ');
        return space < 0 ? targetDisplay : targetDisplay[(space + 1)..];
    }
}
