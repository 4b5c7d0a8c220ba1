using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Recoupe.Contracts;
using Recoupe.Storage;

namespace Recoupe.Faults;

/// <summary>
/// The end state of a store in a form two runs can be compared by, whatever ids they handed out: inputs by content
/// hash (status and reason), articles by their input's hash (metadata and text), stories as the sets of article hashes
/// they hold with their title, the span of their dated articles and their brief (ids replaced by hashes; the first/last
/// seen of a story without dated articles are the times it was received, which differ between runs, and are left out).
/// </summary>
public sealed class StoreSnapshot
{
    public required SortedDictionary<string, string> Inputs { get; init; }
    public required SortedDictionary<string, string> Articles { get; init; }
    public required SortedDictionary<string, string> Stories { get; init; }
    /// <summary>Briefs still marked stale: a finished run leaves none.</summary>
    public required int StaleBriefs { get; init; }

    public static StoreSnapshot Of(IStore store)
    {
        var inputs = new SortedDictionary<string, string>(StringComparer.Ordinal);
        for (int offset = 0; ; offset += 1000)
        {
            var page = store.Inputs(1000, offset);
            foreach (var i in page) inputs[i.ContentHash] = i.Status == InputStatus.Article ? "article" : $"rejected: {i.Reason}";
            if (page.Count < 1000) break;
        }
        var articles = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var stories = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var hashOf = new Dictionary<long, string>();
        var listed = store.ListStories(int.MaxValue);
        var members = listed.ToDictionary(s => s.Id, s => store.GetStoryArticles(s.Id));
        foreach (var a in members.Values.SelectMany(m => m)) hashOf[a.Article.Id] = Short(a.Article.ContentHash);
        foreach (var a in members.Values.SelectMany(m => m))
        {
            var x = a.Article;
            articles[Short(x.ContentHash)] = string.Join(" | ", x.Input, x.Title, x.Published?.ToIso(), x.Outlet, x.Language, Short(Hash(x.Text)),
                x.CopyOf is { } c ? hashOf.GetValueOrDefault(c, "?") : "-", a.Annotations.Entities.Length, a.Annotations.Quotes.Length, a.Annotations.Times.Length);
        }
        foreach (var summary in listed)
        {
            var held = members[summary.Id];
            var key = string.Join(",", held.Select(a => Short(a.Article.ContentHash)).Order(StringComparer.Ordinal));
            bool dated = held.Any(a => a.Article.Published is not null);
            var range = dated ? $"{summary.FirstSeen:O} .. {summary.LastSeen:O}" : "undated";
            var brief = store.GetBrief(summary.Id) is { } b ? Canonical(BriefDocument.ToJson(b, indented: false), hashOf, key) : "(no brief)";
            stories[key] = $"{summary.Title} | {range} | {brief}";
        }
        return new StoreSnapshot { Inputs = inputs, Articles = articles, Stories = stories, StaleBriefs = store.StaleBriefs().Count };
    }

    /// <summary>What differs from <paramref name="other"/>, a few lines at most (empty when the two are the same).</summary>
    public IReadOnlyList<string> Differences(StoreSnapshot other, int max = 8)
    {
        var lines = new List<string>();
        Compare("input", Inputs, other.Inputs, lines);
        Compare("article", Articles, other.Articles, lines);
        Compare("story", Stories, other.Stories, lines);
        if (StaleBriefs != other.StaleBriefs) lines.Add($"stale briefs: {StaleBriefs} vs {other.StaleBriefs}");
        return lines.Take(max).ToList();
    }

    public string Summary => $"{Inputs.Count} inputs, {Articles.Count} articles, {Stories.Count} stories, {StaleBriefs} stale briefs";

    private static void Compare(string what, SortedDictionary<string, string> a, SortedDictionary<string, string> b, List<string> lines)
    {
        foreach (var (key, value) in a)
        {
            if (!b.TryGetValue(key, out var v)) lines.Add($"{what} {Cut(key)} only in the first: {Cut(value)}");
            else if (v != value) lines.Add($"{what} {Cut(key)} differs:\n  {Cut(value, 400)}\n  {Cut(v, 400)}");
        }
        foreach (var (key, value) in b)
            if (!a.ContainsKey(key)) lines.Add($"{what} {Cut(key)} only in the second: {Cut(value)}");
    }

    /// <summary>The brief JSON with article ids replaced by their inputs' hashes and the story id by its key; first/last seen left out.</summary>
    private static string Canonical(string json, Dictionary<long, string> hashOf, string storyKey)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["id"] = storyKey;
        root.Remove("first_seen");
        root.Remove("last_seen");
        Replace(root, hashOf);
        return root.ToJsonString();
    }

    private static void Replace(JsonNode? node, Dictionary<long, string> hashOf)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    if (name is "article_id" or "copy_of" || name == "id" && o.Parent is JsonArray { Parent: JsonObject })
                    {
                        if (o[name] is JsonValue v && v.TryGetValue<long>(out var id)) o[name] = hashOf.GetValueOrDefault(id, $"?{id}");
                    }
                    else Replace(o[name], hashOf);
                }
                break;
            case JsonArray a:
                foreach (var item in a) Replace(item, hashOf);
                break;
        }
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    private static string Short(string hash) => hash.Length > 16 ? hash[..16] : hash;
    private static string Cut(string s, int n = 160) => s.Length <= n ? s : s[..n] + "…";
}
