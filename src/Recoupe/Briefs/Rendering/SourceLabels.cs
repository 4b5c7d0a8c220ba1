using Recoupe.Model;

namespace Recoupe.Briefs.Rendering;

/// <summary>
/// How a brief names and numbers its sources for a reader. A source is named by its outlet, else its title, else the
/// host of the address it came from, else "article N": never by a file path, which says nothing to a reader and shows
/// where the newsroom keeps its files. Sources are numbered in the order a reader meets them: by first citation
/// (summary, facts, conflicts, quotes, timeline), then the articles no statement cites.
/// </summary>
public sealed class SourceLabels
{
    private readonly Dictionary<long, BriefArticle> _byId = new();
    private readonly Dictionary<long, int> _numbers = new();

    public SourceLabels(Brief brief)
    {
        foreach (var a in brief.Articles) _byId.TryAdd(a.Id, a);
        foreach (var id in CitationOrder(brief)) _numbers.TryAdd(id, _numbers.Count + 1);
        foreach (var a in brief.Articles) _numbers.TryAdd(a.Id, _numbers.Count + 1);
    }

    /// <summary>The articles in number order (1, 2, …).</summary>
    public IEnumerable<BriefArticle> Numbered =>
        _numbers.OrderBy(n => n.Value).Where(n => _byId.ContainsKey(n.Key)).Select(n => _byId[n.Key]);

    public string Of(long articleId) => Name(_byId.GetValueOrDefault(articleId), articleId);

    public string OfAll(IEnumerable<SourceSpan> sources) => string.Join(", ", sources.Select(s => s.ArticleId).Distinct().Select(Of));

    /// <summary>The source's number; 0 for an id the brief does not list.</summary>
    public int Number(long articleId) => _numbers.GetValueOrDefault(articleId);

    /// <summary>"[1][3]": the numbers of the sources cited, in ascending order.</summary>
    public string Tags(IEnumerable<long> articleIds) =>
        string.Concat(articleIds.Distinct().Select(id => (id, n: Number(id))).OrderBy(x => x.n == 0 ? int.MaxValue : x.n)
            .Select(x => x.n == 0 ? $"[#{x.id}]" : $"[{x.n}]"));

    public string Tags(IEnumerable<SourceSpan> sources) => Tags(sources.Select(s => s.ArticleId));

    /// <summary>What a reader calls an article: its outlet, else its title, else its address's host, else its number.</summary>
    public static string Name(BriefArticle? a, long id)
    {
        if (!string.IsNullOrWhiteSpace(a?.Outlet)) return a.Outlet!.Trim();
        if (!string.IsNullOrWhiteSpace(a?.Title)) return a.Title!.Trim();
        if (Host(a?.Input) is { } host) return host;
        return $"article {id}";
    }

    /// <summary>The host of an http(s) address, without "www."; null for a file name or path.</summary>
    public static string? Host(string? input)
    {
        if (input is null || !Uri.TryCreate(input.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host;
        return host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? host[4..] : host;
    }

    /// <summary>Article ids as a reader meets them in the brief's sections.</summary>
    public static IEnumerable<long> CitationOrder(Brief b)
    {
        foreach (var s in b.Summary) foreach (var c in s.Sources) yield return c.ArticleId;
        foreach (var f in b.Facts) foreach (var c in f.Sources) yield return c.ArticleId;
        foreach (var k in b.Conflicts) foreach (var claim in k.Claims) foreach (var c in claim.Sources) yield return c.ArticleId;
        foreach (var q in b.Quotes) foreach (var c in q.Sources) yield return c.ArticleId;
        foreach (var t in b.Timeline) foreach (var c in t.Sources) yield return c.ArticleId;
    }
}
