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
/// seen of a story without dated articles are the times it was received, which differ between runs, and are left out, as is
/// the date of an article dated by the day it was received).
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
            else if (v != value) lines.Add($"{what} {Cut(key)} differs {Where(value, v)}:\n  {Around(value, v)}\n  {Around(v, value)}");
        }
        foreach (var (key, value) in b)
            if (!a.ContainsKey(key)) lines.Add($"{what} {Cut(key)} only in the second: {Cut(value)}");
    }

    /// <summary>
    /// Where two values first differ: the character position and, inside a brief, the JSON path of the innermost property
    /// open there (e.g. "claims[3].support"), so a long brief that differs in one field says which.
    /// </summary>
    public static string Where(string a, string b)
    {
        int at = FirstDifference(a, b);
        var path = PathAt(a, at);
        return path.Length == 0 ? $"at character {at}" : $"at character {at} ({path})";
    }

    /// <summary>The text of <paramref name="a"/> around its first difference with <paramref name="b"/>.</summary>
    public static string Around(string a, string b, int before = 120, int after = 200)
    {
        int at = FirstDifference(a, b), from = Math.Max(0, at - before), to = Math.Min(a.Length, at + after);
        return (from > 0 ? "…" : "") + a[from..to] + (to < a.Length ? "…" : "");
    }

    private static int FirstDifference(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length), i = 0;
        while (i < n && a[i] == b[i]) i++;
        return i;
    }

    /// <summary>The JSON path open at <paramref name="at"/> in the text (the brief follows "title | range | "), read by a small scanner.</summary>
    private static string PathAt(string text, int at)
    {
        int start = text.IndexOf('{');
        if (start < 0 || start > at) return "";
        // One frame per open object (the key whose value is being read) or array (the index of the item being read).
        var frames = new List<(bool Array, string? Key, int Index)>();
        bool inString = false, escaped = false;
        var token = new StringBuilder();
        for (int i = start; i < at && i < text.Length; i++)
        {
            char c = text[i];
            if (inString)
            {
                if (escaped) { escaped = false; token.Append(c); }
                else if (c == '\\') escaped = true;
                else if (c != '"') token.Append(c);
                else
                {
                    inString = false;
                    if (i + 1 < text.Length && text[i + 1] == ':' && frames.Count > 0 && !frames[^1].Array)
                        frames[^1] = frames[^1] with { Key = token.ToString() };
                    token.Clear();
                }
                continue;
            }
            switch (c)
            {
                case '"': inString = true; break;
                case '{': frames.Add((false, null, 0)); break;
                case '[': frames.Add((true, null, 0)); break;
                case '}' or ']': if (frames.Count > 0) frames.RemoveAt(frames.Count - 1); break;
                case ',' when frames.Count > 0:
                    frames[^1] = frames[^1].Array ? frames[^1] with { Index = frames[^1].Index + 1 } : frames[^1] with { Key = null };
                    break;
            }
        }
        var path = new StringBuilder();
        foreach (var (array, key, index) in frames)
        {
            if (array) path.Append('[').Append(index).Append(']');
            else if (key is not null) path.Append(path.Length > 0 ? "." : "").Append(key);
        }
        return path.ToString();
    }

    /// <summary>The brief JSON with article ids (also in article_ids lists) replaced by their inputs' hashes and the story id by its key; first/last seen left out.</summary>
    private static string Canonical(string json, Dictionary<long, string> hashOf, string storyKey)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        root["id"] = storyKey;
        root.Remove("first_seen");
        root.Remove("last_seen");
        // An article dated by the day it was received (nothing in it dates it) has the day of that run: left out likewise.
        if (root["articles"] is JsonArray articles)
            foreach (var a in articles.OfType<JsonObject>())
                if ((string?)a["date_source"] == "ingested") a.Remove("date");
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
                    if (name == "article_ids" && o[name] is JsonArray ids)
                    {
                        // A set of articles listed in id order: as hashes, in hash order (ids of one content differ between runs).
                        var hashes = ids.Select(i => i is JsonValue v && v.TryGetValue<long>(out var id) ? hashOf.GetValueOrDefault(id, $"?{id}") : i?.ToJsonString() ?? "null")
                            .Order(StringComparer.Ordinal).Select(h => (JsonNode?)JsonValue.Create(h)).ToArray();
                        o[name] = new JsonArray(hashes);
                    }
                    else if (name is "article_id" or "copy_of" || name == "id" && o.Parent is JsonArray { Parent: JsonObject })
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
